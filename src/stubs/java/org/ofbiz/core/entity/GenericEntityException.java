// Source: Jira's entity engine, org.ofbiz.core.entity.GenericEntityException (MYSRC 6.3), the checked exception
// CustomFieldManager.createCustomField declares. The plugin never names it (it catches Exception), so the stand-in
// only lets the stand-in CustomFieldManager compile.
package org.ofbiz.core.entity;

public class GenericEntityException extends Exception {
    private static final long serialVersionUID = 1L;

    public GenericEntityException(String message) {
        super(message);
    }
}
