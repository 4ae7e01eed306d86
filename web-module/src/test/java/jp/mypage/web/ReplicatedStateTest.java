package jp.mypage.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import jp.mypage.domain.support.RecordSerialForm;
import jp.mypage.web.i18n.LocaleBacking;
import org.junit.jupiter.api.Test;

/**
 * On a cluster every session- and view-scoped bean travels to the other nodes (Payara's Hazelcast
 * web-session persistence serialises the session, and the Faces view state with it). This test finds
 * every such bean in the web module and checks what it holds, by declared type: each field must be
 * {@link Serializable}, all the way down through the portal's own classes, records and the type
 * arguments of collections; {@link Optional} is not (a record holding one travels as its
 * {@link RecordSerialForm}, which is read back here), and no bean may hold file contents
 * ({@code byte[]}), which would be copied to every node on every request. Injected fields are left to
 * the container, which refuses a non-passivation-capable dependency of such a bean at deployment.
 * Then it serialises a fresh instance of each bean.
 */
class ReplicatedStateTest {

    private static final List<Class<? extends Annotation>> REPLICATED_SCOPES = List.of(SessionScoped.class,
            ConversationScoped.class, jakarta.faces.view.ViewScoped.class, org.omnifaces.cdi.ViewScoped.class);

    /** Interfaces whose JDK implementations the portal uses (ArrayList, List.of, Map.of, EnumMap …) serialise. */
    private static final Set<Class<?>> SERIALIZABLE_COLLECTIONS = Set.of(List.class, Set.class, Map.class,
            Collection.class);

    @Test
    void everySessionAndViewScopedBeanHoldsOnlySerializableState() {
        List<Class<?>> beans = replicatedBeans();
        assertTrue(beans.size() >= 15, "expected to find the portal's session- and view-scoped beans, found " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
                continue;
            }
            Set<Class<?>> visited = new HashSet<>();
            for (Field field : stateFields(bean)) {
                if (field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), visited, problems);
            }
        }
        assertEquals(List.of(), problems, "what a replicated bean holds must serialise, and hold no file contents");
    }

    @Test
    void everySessionAndViewScopedBeanSerialises() throws ReflectiveOperationException {
        for (Class<?> bean : replicatedBeans()) {
            if (Modifier.isAbstract(bean.getModifiers())) {
                continue;
            }
            Constructor<?> constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object instance = constructor.newInstance();
            try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
                out.writeObject(instance);
            } catch (NotSerializableException e) {
                fail(bean.getName() + " does not serialise: " + e.getMessage());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void findsAViewScopedBeanThatHoldsAnOptional() {
        List<String> problems = new ArrayList<>();
        check(HoldsOptional.class.getDeclaredFields()[0].getGenericType(), "HoldsOptional.rows", new HashSet<>(),
                problems);
        assertFalse(problems.isEmpty(), "a list of records with an Optional component must be refused");
        problems.clear();
        check(byte[].class, "upload", new HashSet<>(), problems);
        assertFalse(problems.isEmpty(), "an uploaded file's bytes must be refused");
    }

    private record RowWithOptional(long id, Optional<String> note) implements Serializable {
    }

    private static final class HoldsOptional {
        @SuppressWarnings("unused")
        private List<RowWithOptional> rows;
    }

    private static void check(Type type, String path, Set<Class<?>> visited, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, visited, problems);
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < arguments.length; i++) {
                check(arguments[i], path + "<" + i + ">", visited, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", visited, problems);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, visited, problems);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                if (bound != Object.class) {
                    check(bound, path, visited, problems);
                }
            }
        } else if (type instanceof Class<?> type1) {
            checkClass(type1, path, visited, problems);
        }
    }

    private static void checkClass(Class<?> type, String path, Set<Class<?>> visited, List<String> problems) {
        if (type.isPrimitive() || type == Object.class) {
            return;
        }
        if (type == byte[].class) {
            problems.add(path + " holds file contents (byte[]): keep them in a file or the database");
            return;
        }
        if (type.isArray()) {
            checkClass(type.getComponentType(), path + "[]", visited, problems);
            return;
        }
        if (type == Optional.class) {
            problems.add(path + " is an Optional, which does not serialise");
            return;
        }
        if (SERIALIZABLE_COLLECTIONS.contains(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type) && !type.isInterface()) {
            problems.add(path + " is a " + type.getName() + ", which is not Serializable");
            return;
        }
        if (type.isInterface() && !Serializable.class.isAssignableFrom(type)) {
            problems.add(path + " is a " + type.getName() + ", an interface that does not promise Serializable");
            return;
        }
        if (!type.getName().startsWith("jp.mypage.") || !visited.add(type)) {
            return;
        }
        if (type.isRecord()) {
            boolean serialForm = hasSerialForm(type);
            for (RecordComponent component : type.getRecordComponents()) {
                Type held = component.getGenericType();
                if (serialForm && held instanceof ParameterizedType optional && optional.getRawType() == Optional.class) {
                    held = optional.getActualTypeArguments()[0];
                }
                check(held, path + "." + component.getName(), visited, problems);
            }
            if (serialForm) {
                roundTrip(type, path, problems);
            }
            return;
        }
        for (Field field : stateFields(type)) {
            check(field.getGenericType(), path + "." + field.getName(), visited, problems);
        }
    }

    /** A record that travels as {@link RecordSerialForm} (its Optional components as their values). */
    private static boolean hasSerialForm(Class<?> record) {
        try {
            record.getDeclaredMethod("writeReplace");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Serialises a record with every Optional component present, reads it back and compares. */
    private static void roundTrip(Class<?> record, String path, List<String> problems) {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sample(components[i].getGenericType());
        }
        try {
            Constructor<?> canonical = record.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            Object original = canonical.newInstance(values);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(original);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                Object copy = in.readObject();
                if (!original.equals(copy)) {
                    problems.add(path + " (" + record.getName() + ") reads back as " + copy + ", not " + original);
                }
            }
        } catch (ReflectiveOperationException | IOException e) {
            problems.add(path + " (" + record.getName() + ") does not serialise: " + e);
        }
    }

    /** A value of the type, for a record's round trip; null where the test knows no sample. */
    private static Object sample(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[0];
            if (parameterized.getRawType() == Optional.class) {
                return Optional.ofNullable(sample(argument));
            }
            if (parameterized.getRawType() == List.class) {
                return List.of();
            }
            return null;
        }
        if (!(type instanceof Class<?> c)) {
            return null;
        }
        if (c == long.class) {
            return 7L;
        } else if (c == int.class) {
            return 7;
        } else if (c == boolean.class) {
            return true;
        } else if (c == String.class) {
            return "sample";
        } else if (c == Instant.class) {
            return Instant.parse("2026-11-23T00:00:00Z");
        } else if (c == Locale.class) {
            return Locale.JAPANESE;
        } else if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        return null;
    }

    private static List<Field> stateFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static List<Class<?>> replicatedBeans() {
        Path classes;
        try {
            classes = Path.of(LocaleBacking.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(ReplicatedStateTest::load)
                    .filter(type -> REPLICATED_SCOPES.stream().anyMatch(type::isAnnotationPresent))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ReplicatedStateTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
