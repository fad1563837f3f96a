/**
 * How every register writes a record: who may change it, whether an issued report's period holds it, that nobody
 * saved it first, and the audit trail of the change. A register's façade states only its own rules and its SQL; a
 * {@link vn.gov.khcn.records.Register} does the rest, the same way for every register.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared"})
package vn.gov.khcn.records;
