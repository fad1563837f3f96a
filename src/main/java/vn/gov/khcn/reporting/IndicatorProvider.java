package vn.gov.khcn.reporting;

import java.util.List;

/**
 * What a business area contributes to the indicator catalogue. Each area implements this once, as a
 * Spring bean, over its own tables; the report engine never reads an area's tables itself.
 */
public interface IndicatorProvider {
    List<Indicator> indicators();
}
