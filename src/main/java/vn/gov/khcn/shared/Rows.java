package vn.gov.khcn.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps the rows of a query to a record, each component from the column of the same name ({@code ownerName}
 * from {@code owner_name}).
 *
 * <p>Spring's {@code SimplePropertyRowMapper} (what {@code JdbcClient.query(Class)} uses) and
 * {@code DataClassRowMapper} look each camelCase component up with {@code ResultSet.findColumn} and fall back
 * to the snake_case name when that throws: an {@link SQLException} built and caught for every such component
 * of every row (9 for a verification, which made a 200,000-row export spend most of its time in exceptions).
 * This mapper matches names once per result set, from its metadata, and then reads by column index. Values
 * are converted as Spring's mappers convert them ({@link JdbcUtils#getResultSetValue} and the default
 * conversion service, so text columns fill enum components).
 */
public final class Rows<T> implements RowMapper<T> {

    private static final ConversionService CONVERSION = DefaultConversionService.getSharedInstance();

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private final Shape shape;
    private ResultSet matchedFor;
    private int[] columns;

    private Rows(Shape shape) {
        this.shape = shape;
    }

    /** A mapper for one query's rows (it remembers the columns of the result set it maps, so use one per query). */
    public static <T> Rows<T> of(Class<T> type) {
        return new Rows<>(SHAPES.get(type));
    }

    @Override
    @SuppressWarnings("unchecked")
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
        if (rs != matchedFor) {
            columns = shape.match(rs.getMetaData());
            matchedFor = rs;
        }
        Object[] args = new Object[columns.length];
        for (int i = 0; i < args.length; i++) {
            TypeDescriptor target = shape.types[i];
            // the application's own types (Unit…): no driver reads them, and asking getObject(i, type) first costs an
            // SQLException built and caught per value; read the column as it is and convert it
            Object value = shape.untyped[i] ? JdbcUtils.getResultSetValue(rs, columns[i])
                    : JdbcUtils.getResultSetValue(rs, columns[i], target.getType());
            args[i] = CONVERSION.convert(value, target);
        }
        try {
            return (T) shape.constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + shape.constructor.getDeclaringClass().getName(), e);
        }
    }

    /** A record's canonical constructor, its components' names (normalised) and types. */
    private record Shape(Constructor<?> constructor, String[] names, TypeDescriptor[] types, boolean[] untyped) {

        static Shape of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] parameterTypes = new Class<?>[components.length];
            String[] names = new String[components.length];
            for (int i = 0; i < components.length; i++) {
                parameterTypes[i] = components[i].getType();
                names[i] = normalised(components[i].getName());
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
                constructor.setAccessible(true);
                TypeDescriptor[] types = new TypeDescriptor[components.length];
                boolean[] untyped = new boolean[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
                    untyped[i] = !parameterTypes[i].isEnum() && parameterTypes[i].getName().startsWith("vn.gov.khcn.");
                }
                return new Shape(constructor, names, types, untyped);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(type.getName() + " has no canonical constructor", e);
            }
        }

        int[] match(ResultSetMetaData meta) throws SQLException {
            Map<String, Integer> byName = new HashMap<>();
            for (int c = meta.getColumnCount(); c >= 1; c--) {
                byName.put(normalised(JdbcUtils.lookupColumnName(meta, c)), c);
            }
            int[] columns = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                Integer column = byName.get(names[i]);
                if (column == null) {
                    throw new SQLException("No column for " + constructor.getDeclaringClass().getSimpleName() + "."
                            + names[i] + " among " + byName.keySet());
                }
                columns[i] = column;
            }
            return columns;
        }

        private static String normalised(String name) {
            return name.replace("_", "").toLowerCase(Locale.ROOT);
        }
    }
}
