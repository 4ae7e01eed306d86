package jp.mypage.domain.training;

/** A session's 定員 cannot fall below the seats already sold. */
public class CapacityBelowSeatsTakenException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final int seatsTaken;

    public CapacityBelowSeatsTakenException(int seatsTaken) {
        super("The capacity is below the " + seatsTaken + " seats taken");
        this.seatsTaken = seatsTaken;
    }

    public int seatsTaken() {
        return seatsTaken;
    }
}
