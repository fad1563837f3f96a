package vn.gov.khcn.shared;

/**
 * A business area's part of the demo dataset (Cao Bằng, 2021): individual records, entered through
 * the area's own façade. The demo loader runs every contributor once, in {@link #order()}, in one
 * transaction.
 */
public interface DemoDataContributor {
    /** Lower runs first: organisations and documents before tasks, tasks before reports. */
    int order();

    void load();
}
