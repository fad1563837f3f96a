package vn.gov.khcn.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The names the API description gives the four endpoints of a {@link RecordApi} or {@link RecordListApi} (its operation ids), for an area that
 * keeps several registers under one path and names each endpoint after its register ("searchFacilities",
 * "issueLicence"). Without it an endpoint is named after its method: search, get, create, update.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RecordOperations {
    String search();

    String get();

    String create();

    String update();
}
