package jp.mypage.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mypage.domain.account.AccountEvent;
import jp.mypage.operator.OperatorBootstrap;
import jp.mypage.operator.OperatorService;
import jp.mypage.operator.OperatorSummary;
import jp.mypage.web.i18n.Messages;

/** Who did something, as the history records it ({@code self}, {@code operator:12}), in words. */
@Named
@RequestScoped
public class Actors {

    private static final String OPERATOR = "operator:";

    @Inject
    private OperatorService operators;

    private Map<Long, OperatorSummary> byId;

    public String describe(String actor) {
        if (actor == null) {
            return "";
        }
        if (AccountEvent.ACTOR_SELF.equals(actor)) {
            return Messages.text("actor.self");
        }
        if (AccountEvent.ACTOR_SYSTEM.equals(actor) || OperatorBootstrap.ACTOR.equals(actor)) {
            return Messages.text("actor.system");
        }
        if (actor.startsWith(OPERATOR)) {
            try {
                OperatorSummary operator = operators().get(Long.valueOf(actor.substring(OPERATOR.length())));
                if (operator != null) {
                    return Messages.text("actor.operator", operator.name(), operator.email());
                }
            } catch (NumberFormatException e) {
                return actor;
            }
        }
        return actor;
    }

    private Map<Long, OperatorSummary> operators() {
        if (byId == null) {
            byId = operators.operators().stream().collect(Collectors.toMap(OperatorSummary::id, Function.identity()));
        }
        return byId;
    }
}
