package vn.gov.khcn.shared;

/**
 * A business area's part of the demo dataset (Cao Bằng, 2021): individual records, entered through
 * the area's own façade. The demo loader runs every contributor once, in one transaction, in the order of
 * their {@link org.springframework.core.annotation.Order @Order}: lower runs first (tasks before the registers
 * that cite them, every register before the reports).
 */
public interface DemoDataContributor {
    void load();
}
