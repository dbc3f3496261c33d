// Source: Active Objects net.java.ao.Query; shared/reference/jira-platform.md §2.6: select(), where(String,
// Object...), order(String), limit(int), offset(int). Subset; the stand-in keeps what is asked for, so tests can
// check it.
package net.java.ao;

import java.util.Arrays;
import java.util.List;

public class Query {
    private String where;
    private List<Object> whereParams = List.of();
    private String order;
    private int limit = -1;
    private int offset;

    public static Query select() {
        return new Query();
    }

    public Query where(String clause, Object... params) {
        where = clause;
        whereParams = Arrays.asList(params);
        return this;
    }

    public Query order(String clause) {
        order = clause;
        return this;
    }

    public Query limit(int limit) {
        this.limit = limit;
        return this;
    }

    public Query offset(int offset) {
        this.offset = offset;
        return this;
    }

    public int getLimit() {
        return limit;
    }

    public int getOffset() {
        return offset;
    }

    public String getWhereClause() {
        return where;
    }

    public Object[] getWhereParams() {
        return whereParams.toArray();
    }

    public String getOrderClause() {
        return order;
    }
}
