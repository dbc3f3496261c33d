package org.safeguarding.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * Active Objects over a real SQL database (H2, in memory), for what only a database can show: how a query's cost
 * grows with the table. Each entity is a table named and typed as Active Objects makes it, with an index on each
 * {@code @Indexed} column; the app's queries go to the database as Active Objects sends them (its where clause, order,
 * limit and offset are SQL), so the database's own planner decides whether an index serves them
 * ({@link #plan(Sent)} says). Every query is kept to be counted and explained. Reading only: rows are loaded through
 * {@link #connection()}, and what is measured is what a read costs.
 */
public final class H2ActiveObjects implements ActiveObjects, AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Connection connection;
    private final List<Sent> sent = new ArrayList<>();

    /** A query as the database received it. */
    public record Sent(String sql, Object[] params) {
    }

    public H2ActiveObjects(List<Class<? extends RawEntity<?>>> entities) {
        try {
            connection = DriverManager.getConnection("jdbc:h2:mem:ao" + DATABASES.incrementAndGet());
            try (Statement ddl = connection.createStatement()) {
                for (Class<?> entity : entities) {
                    ddl.execute(createTable(entity));
                    for (String index : indexes(entity)) {
                        ddl.execute(index);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The connection, to load many rows at once as a database restored from a backup holds them. */
    public Connection connection() {
        return connection;
    }

    /** The queries the app has sent since the last call, which starts the list again. */
    public synchronized List<Sent> queriesSinceLastAsked() {
        List<Sent> asked = List.copyOf(sent);
        sent.clear();
        return asked;
    }

    /** The database's plan for a query the app sent: it names the index that serves it, if one does. */
    public String plan(Sent query) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + query.sql())) {
            bind(explain, query.params());
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                return plan.getString(1);
            }
        }
    }

    /** The SQL the app's query becomes for the entity's table. */
    static String sql(Class<?> type, Query query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM ").append(InMemoryActiveObjects.table(type));
        if (query.getWhereClause() != null) {
            sql.append(" WHERE ").append(query.getWhereClause());
        }
        if (query.getOrderClause() != null) {
            sql.append(" ORDER BY ").append(query.getOrderClause());
        }
        if (query.getLimit() >= 0) {
            sql.append(" LIMIT ").append(query.getLimit());
        }
        if (query.getOffset() > 0) {
            sql.append(" OFFSET ").append(query.getOffset());
        }
        return sql.toString();
    }

    /** Rows are loaded through {@link #connection()}: what is measured here is reading. */
    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        throw new UnsupportedOperationException("read-only: load rows through connection()");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        String sql = sql(type, query);
        sent(new Sent(sql, query.getWhereParams()));
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, query.getWhereParams());
            List<T> found = new ArrayList<>();
            Map<String, Method> columns = InMemoryActiveObjects.columns(type);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Map<String, Object> row = new HashMap<>();
                    row.put(InMemoryActiveObjects.ID, rows.getInt(InMemoryActiveObjects.ID));
                    for (Map.Entry<String, Method> column : columns.entrySet()) {
                        Class<?> kind = column.getValue().getReturnType();
                        row.put(column.getKey(), kind == String.class ? rows.getString(column.getKey())
                                : rows.getObject(column.getKey(), boxed(kind)));
                    }
                    found.add(entity(type, row));
                }
            }
            return found.toArray((T[]) Array.newInstance(type, 0));
        } catch (SQLException e) {
            throw new IllegalArgumentException(sql, e);
        }
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        throw new UnsupportedOperationException("read-only: load rows through connection()");
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        String sql = "SELECT COUNT(*) FROM " + InMemoryActiveObjects.table(type);
        sent(new Sent(sql, new Object[0]));
        try (Statement count = connection.createStatement(); ResultSet rows = count.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return callback.doInTransaction();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private synchronized void sent(Sent query) {
        sent.add(query);
    }

    private <T> T entity(Class<T> type, Map<String, Object> row) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getID" -> row.get(InMemoryActiveObjects.ID);
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> type.getSimpleName() + row;
                    default -> InMemoryActiveObjects.getterColumn(method).filter(column -> args == null)
                            .map(row::get).orElseThrow(() -> new UnsupportedOperationException(
                                    "read-only here: " + type.getSimpleName() + "." + method.getName()));
                }));
    }

    private static void bind(PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; params != null && i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
    }

    private static String createTable(Class<?> type) {
        StringJoiner columns = new StringJoiner(", ", "CREATE TABLE " + InMemoryActiveObjects.table(type) + " (",
                ")");
        columns.add(InMemoryActiveObjects.ID + " INT AUTO_INCREMENT PRIMARY KEY");
        InMemoryActiveObjects.columns(type).forEach((column, getter) -> {
            if (!column.equals(InMemoryActiveObjects.ID)) {
                columns.add(column + " " + sqlType(getter) + (getter.isAnnotationPresent(NotNull.class) ? " NOT NULL"
                        : ""));
            }
        });
        return columns.toString();
    }

    private static List<String> indexes(Class<?> type) {
        String table = InMemoryActiveObjects.table(type);
        return InMemoryActiveObjects.columns(type).entrySet().stream()
                .filter(column -> column.getValue().isAnnotationPresent(Indexed.class))
                .map(column -> "CREATE INDEX IDX_" + table + "_" + column.getKey() + " ON " + table + " ("
                        + column.getKey() + ")").toList();
    }

    /** As Active Objects types a column: text up to its length (255 by default) or unlimited, whole numbers, flags. */
    private static String sqlType(Method getter) {
        Class<?> kind = getter.getReturnType();
        if (kind == String.class) {
            StringLength length = getter.getAnnotation(StringLength.class);
            int most = length == null ? InMemoryActiveObjects.DEFAULT_LENGTH : length.value();
            return most == StringLength.UNLIMITED ? "CHARACTER LARGE OBJECT" : "VARCHAR(" + most + ")";
        }
        if (kind == long.class || kind == Long.class) {
            return "BIGINT";
        }
        if (kind == int.class || kind == Integer.class) {
            return "INT";
        }
        if (kind == boolean.class || kind == Boolean.class) {
            return "BOOLEAN";
        }
        throw new UnsupportedOperationException("no column type for " + kind + " yet");
    }

    private static Class<?> boxed(Class<?> kind) {
        return kind == long.class ? Long.class : kind == int.class ? Integer.class
                : kind == boolean.class ? Boolean.class : kind;
    }
}
