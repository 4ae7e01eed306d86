package jp.mypage.training;

import jp.mypage.common.BusinessException;

/** What an operator entered breaks a rule of the catalogue; the key says which. */
public class InvalidCatalogueEntryException extends BusinessException {

    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] arguments;

    public InvalidCatalogueEntryException(String key, Object... arguments) {
        super("Invalid catalogue entry: " + key);
        this.key = key;
        this.arguments = arguments;
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments();
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
