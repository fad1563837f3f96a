/**
 * The shared kernel: value types and helpers every business area uses (Vietnamese text, formats,
 * domain errors, paging). Nothing here knows about a register.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.gov.khcn.shared;
