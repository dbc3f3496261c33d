package org.safeguarding.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Active Objects' tables as rows of columns in memory, as strict as the database they stand for: a column the entity
 * does not declare, a NOT NULL column left empty or a string over its length is refused, as Jira's database refuses
 * it. Tables and columns are named as Active Objects names them ({@code @Table("AgencyShare")} is {@code
 * AGENCY_SHARE}, {@code getCaseKey} is {@code CASE_KEY}), so rows read from a stored fixture are rows as an earlier
 * version wrote them. Queries understand the forms the app uses: columns compared with {@code =}, {@code <>},
 * {@code >} or {@code <} to a parameter, or {@code IN (?, ?)} parameters, joined by {@code AND}; ordered by
 * columns, {@code ASC} or {@code DESC}; a limit and an offset. Any other form is refused, so a new one cannot pass
 * unchecked.
 */
public final class InMemoryActiveObjects implements ActiveObjects {
    static final String ID = "ID";
    /** Active Objects' default for a string column without {@code @StringLength}. */
    static final int DEFAULT_LENGTH = 255;
    /** A column in a list of parameters: {@code MATCH_KEY IN (?, ?)}. */
    private static final Pattern IN = Pattern.compile("(\\w+) IN \\((\\?(?:, \\?)*)\\)");

    private final Map<String, List<Map<String, Object>>> tables = new TreeMap<>();

    /** Every table's rows, each row's columns by name: what a fixture stores. */
    Map<String, List<Map<String, Object>>> tables() {
        return tables;
    }

    /**
     * Puts rows as stored, with their ids, as the database held them; numbers as their columns' types, as JDBC reads
     * them.
     *
     * @throws IllegalArgumentException naming a table or column no entity of this version declares
     */
    void load(Map<String, List<Map<String, Object>>> stored, List<Class<?>> entities) {
        stored.forEach((table, rows) -> {
            Class<?> type = entities.stream().filter(entity -> table(entity).equals(table)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("no entity of this version has the table " + table));
            Map<String, Method> columns = columns(type);
            for (Map<String, Object> row : rows) {
                Map<String, Object> typed = new TreeMap<>();
                row.forEach((column, value) -> {
                    Method getter = columns.get(column);
                    if (getter == null) {
                        throw new IllegalArgumentException(table + " has no column " + column + " in this version");
                    }
                    typed.put(column, value instanceof Number number ? typed(number, getter.getReturnType()) : value);
                });
                tables.computeIfAbsent(table, t -> new ArrayList<>()).add(typed);
            }
        });
    }

    private static Object typed(Number number, Class<?> type) {
        return type == long.class || type == Long.class ? (Object) number.longValue() : (Object) number.intValue();
    }

    static String table(Class<?> type) {
        return column(type.getAnnotation(Table.class).value());
    }

    /** Active Objects' upper-case, underscore-separated name: {@code caseKey} and {@code CaseKey} give CASE_KEY. */
    static String column(String name) {
        return name.equals(ID) ? ID : name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        Map<String, Object> row = new TreeMap<>();
        params.forEach((column, value) -> row.put(checked(type, column, value), value));
        columns(type).forEach((column, getter) -> {
            if (getter.isAnnotationPresent(NotNull.class) && row.get(column) == null) {
                throw new IllegalArgumentException(table(type) + "." + column + " is NOT NULL and was given no value");
            }
        });
        List<Map<String, Object>> rows = tables.computeIfAbsent(table(type), t -> new ArrayList<>());
        row.put(ID, rows.stream().mapToInt(each -> (Integer) each.get(ID)).max().orElse(0) + 1);
        rows.add(row);
        return entity(type, row);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        List<Map<String, Object>> rows = new ArrayList<>(tables.getOrDefault(table(type), List.of()).stream()
                .filter(where(query.getWhereClause(), query.getWhereParams())).toList());
        if (query.getOrderClause() != null) {
            rows.sort(order(query.getOrderClause()));
        }
        int from = Math.min(query.getOffset(), rows.size());
        int to = query.getLimit() < 0 ? rows.size() : Math.min(rows.size(), from + query.getLimit());
        List<T> found = rows.subList(from, to).stream().map(row -> entity(type, row)).toList();
        return found.toArray((T[]) Array.newInstance(type, 0));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        for (RawEntity<?> entity : entities) {
            Row row = (Row) Proxy.getInvocationHandler(entity);
            tables.get(table(row.type)).removeIf(each -> each.get(ID).equals(row.stored.get(ID)));
        }
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return tables.getOrDefault(table(type), List.of()).size();
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return callback.doInTransaction();
    }

    private <T> T entity(Class<T> type, Map<String, Object> row) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Row(type, row)));
    }

    /** The entity's columns, from its getters, by column name. */
    static Map<String, Method> columns(Class<?> type) {
        Map<String, Method> columns = new LinkedHashMap<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && method.getDeclaringClass() != Object.class) {
                getterColumn(method).ifPresent(column -> columns.put(column, method));
            }
        }
        return columns;
    }

    /** A getter's column: {@code getCaseKey} is CASE_KEY, and a boolean's {@code isRetired} is RETIRED. */
    static Optional<String> getterColumn(Method method) {
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3) {
            return Optional.of(column(name.substring(3)));
        }
        boolean flag = method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class;
        return flag && name.startsWith("is") && name.length() > 2 ? Optional.of(column(name.substring(2)))
                : Optional.empty();
    }

    private static String checked(Class<?> type, String column, Object value) {
        Method getter = columns(type).get(column);
        if (getter == null || column.equals(ID)) {
            throw new IllegalArgumentException(table(type) + " has no column " + column);
        }
        if (value instanceof String text) {
            StringLength length = getter.getAnnotation(StringLength.class);
            int most = length == null ? DEFAULT_LENGTH : length.value();
            if (most != StringLength.UNLIMITED && text.length() > most) {
                throw new IllegalArgumentException(table(type) + "." + column + " holds " + most
                        + " characters at most; given " + text.length());
            }
        }
        return column;
    }

    private static Predicate<Map<String, Object>> where(String clause, Object[] params) {
        if (clause == null) {
            return row -> true;
        }
        Predicate<Map<String, Object>> all = row -> true;
        int next = 0;
        for (String part : clause.split(" AND ")) {
            Matcher in = IN.matcher(part.trim());
            if (in.matches()) {
                String column = in.group(1);
                int count = in.group(2).split(",").length;
                List<Object> values = List.of(Arrays.copyOfRange(params, next, Math.min(params.length,
                        next + count)));
                next += count;
                all = all.and(row -> values.stream().anyMatch(value -> same(row.get(column), value)));
                continue;
            }
            String[] words = part.trim().split("\\s+");
            if (words.length != 3 || !words[2].equals("?")) {
                throw new UnsupportedOperationException("not a form the app uses: " + part);
            }
            Object param = next < params.length ? params[next] : null;
            next++;
            String column = words[0];
            Predicate<Map<String, Object>> test = switch (words[1]) {
                case "=" -> row -> same(row.get(column), param);
                case "<>" -> row -> row.get(column) != null && !same(row.get(column), param);
                case ">" -> row -> compare(row.get(column), param) > 0;
                case "<" -> row -> compare(row.get(column), param) < 0;
                default -> throw new UnsupportedOperationException("not an operator the app uses: " + words[1]);
            };
            all = all.and(test);
        }
        if (next != params.length) {
            throw new UnsupportedOperationException("a where clause with one parameter per ? only: " + clause);
        }
        return all;
    }

    /** Ordered as a database orders them: an int column against a long parameter by their numbers. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object stored, Object param) {
        if (stored instanceof Number number && param instanceof Number other) {
            return Long.compare(number.longValue(), other.longValue());
        }
        return stored == null ? -1 : ((Comparable) stored).compareTo(param);
    }

    /** Equal as a database compares them: an int column equals a long parameter of the same number. */
    private static boolean same(Object stored, Object param) {
        if (stored instanceof Number number && param instanceof Number other) {
            return number.longValue() == other.longValue();
        }
        return Objects.equals(stored, param);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Map<String, Object>> order(String clause) {
        Comparator<Map<String, Object>> order = null;
        for (String part : clause.split(",")) {
            String[] words = part.trim().split("\\s+");
            Comparator<Map<String, Object>> by = Comparator.comparing(row -> (Comparable) row.get(words[0]),
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            if (words.length == 2 && words[1].equalsIgnoreCase("DESC")) {
                by = by.reversed();
            } else if (words.length != 1 && !(words.length == 2 && words[1].equalsIgnoreCase("ASC"))) {
                throw new UnsupportedOperationException("not an order the app uses: " + clause);
            }
            order = order == null ? by : order.thenComparing(by);
        }
        return order;
    }

    /** One row behind an entity: getters read it, setters keep the change until {@code save()}, as in Jira. */
    private static final class Row implements InvocationHandler {
        private final Class<?> type;
        private final Map<String, Object> stored;
        private final Map<String, Object> changed = new HashMap<>();

        Row(Class<?> type, Map<String, Object> stored) {
            this.type = type;
            this.stored = stored;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            String name = method.getName();
            if (name.equals("getID")) {
                return stored.get(ID);
            }
            if (name.equals("save")) {
                changed.forEach((column, value) -> stored.put(checked(type, column, value), value));
                changed.clear();
                return null;
            }
            Optional<String> getter = args == null ? getterColumn(method) : Optional.empty();
            if (getter.isPresent()) {
                String column = getter.get();
                Object value = changed.containsKey(column) ? changed.get(column) : stored.get(column);
                return value == null && method.getReturnType() == boolean.class ? false : value;
            }
            if (name.startsWith("set") && args != null && args.length == 1) {
                changed.put(column(name.substring(3)), args[0]);
                return null;
            }
            if (name.equals("equals")) {
                return proxy == args[0];
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            if (name.equals("toString")) {
                return type.getSimpleName() + stored;
            }
            throw new UnsupportedOperationException(type.getSimpleName() + "." + name + " " + Arrays.toString(args));
        }
    }
}
