package vn.gov.khcn.tasks;

import com.fasterxml.jackson.annotation.JsonCreator;
import vn.gov.khcn.shared.Code;

/**
 * The level of a task (who funds and manages it): a code of the task-level vocabulary
 * ({@code vocabulary.VocabularyList.TASK_LEVEL}), which a department extends ("Cấp bộ"). The constants are the
 * levels the code relies on by name (the report's part keys, the national tasks printed apart); their labels, and
 * every other level, come from the vocabulary.
 */
public record TaskLevel(String code) implements Code {
    public static final TaskLevel NATIONAL = new TaskLevel("NATIONAL");
    public static final TaskLevel URGENT_LOCAL = new TaskLevel("URGENT_LOCAL");
    public static final TaskLevel RURAL_MOUNTAIN = new TaskLevel("RURAL_MOUNTAIN");
    public static final TaskLevel PROVINCIAL = new TaskLevel("PROVINCIAL");
    public static final TaskLevel GRASSROOTS = new TaskLevel("GRASSROOTS");

    public TaskLevel {
        code = Code.checked(code, "A task level");
    }

    /** The level of a code as JSON, a form or a query parameter sends it (Spring and Jackson convert through it). */
    @JsonCreator
    public static TaskLevel valueOf(String code) {
        return Code.of(code, TaskLevel::new);
    }

    @Override
    public String toString() {
        return code;
    }
}
