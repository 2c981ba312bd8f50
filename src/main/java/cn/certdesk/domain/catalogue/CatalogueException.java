package cn.certdesk.domain.catalogue;

/**
 * The catalogue file is not valid. The message is Chinese, for the administrator or the
 * provincial data maintainer, and names the entry (1-based index and code) and the field,
 * e.g. {@code 目录第12项（ABOLISHED_NAME）字段 refusalReason 缺失}.
 */
public final class CatalogueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
