package vn.gov.khcn.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the API description says of the endpoints a register's API inherits from {@link RecordEndpoints} (search, get,
 * create, update): the operation id of each, for an area that names its endpoints after its register ("searchFacilities",
 * "issueLicence"), and the summary of each. A name left blank is the method's; a summary left blank is none.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RecordOperations {
    String search() default "";

    String get() default "";

    String create() default "";

    String update() default "";

    String searchSummary() default "";

    String getSummary() default "";

    String createSummary() default "";

    String updateSummary() default "";
}
