package vn.gov.khcn.reporting;

import java.util.List;

/**
 * The year's plans, contributed by the register that keeps them (the engine knows no register): every
 * {@link PlanValue} of the year. Templates print them ({@code {code|plan}}, {@code {code|percent}},
 * {@code {code|remaining}}) and the plan checks read them.
 */
public interface PlanSource {
    List<PlanValue> plans(int year);
}
