package jp.mypage.accountimport;

import jakarta.ejb.ApplicationException;
import jp.mypage.domain.accountimport.ImportStatus;

/**
 * A batch of an import arrived after the run had ended (another node took it for abandoned and
 * ended it as interrupted): the batch writes nothing, and the run stops.
 */
@ApplicationException(rollback = true)
public class ImportEndedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportEndedException(long importId, ImportStatus status) {
        super("Account list import " + importId + " is " + status + ": its remaining rows are not created");
    }
}
