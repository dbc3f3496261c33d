// Source: org.ofbiz.core.entity.GenericEntityException, the checked exception SchemeManager's entity methods declare.
// Subset.
package org.ofbiz.core.entity;

public class GenericEntityException extends Exception {
    private static final long serialVersionUID = 1L;

    public GenericEntityException(String message) {
        super(message);
    }
}
