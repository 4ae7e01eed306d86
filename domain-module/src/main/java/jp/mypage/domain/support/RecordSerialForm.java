package jp.mypage.domain.support;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * How a record with {@link Optional} components travels (a page's row held in a session that a
 * cluster replicates): {@code Optional} does not serialise, what it holds does. The record names
 * this form in its {@code writeReplace}; reading it back calls the record's canonical constructor,
 * so the record checks itself again.
 *
 * <pre>{@code
 * private Object writeReplace() {
 *     return RecordSerialForm.of(this);
 * }
 * }</pre>
 */
public final class RecordSerialForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Class<? extends Record> type;
    /** The components in declaration order, each Optional replaced by its value or null. */
    private final Object[] values;

    private RecordSerialForm(Class<? extends Record> type, Object[] values) {
        this.type = type;
        this.values = values;
    }

    public static RecordSerialForm of(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object value = read(components[i], record);
            values[i] = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        }
        return new RecordSerialForm(record.getClass(), values);
    }

    @Serial
    private Object readResolve() throws ObjectStreamException {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null || components.length != values.length) {
            throw new InvalidObjectException(type.getName() + " does not have " + values.length + " components");
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] arguments = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            arguments[i] = types[i] == Optional.class ? Optional.ofNullable(values[i]) : values[i];
        }
        try {
            Constructor<? extends Record> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            InvalidObjectException invalid = new InvalidObjectException(type.getName() + ": " + e.getCause());
            invalid.initCause(e.getCause());
            throw invalid;
        } catch (ReflectiveOperationException e) {
            InvalidObjectException invalid = new InvalidObjectException(type.getName() + ": " + e);
            invalid.initCause(e);
            throw invalid;
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}
