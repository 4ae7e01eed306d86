package jp.mypage.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jp.mypage.domain.order.PaymentMethod;

/** The gateway of each payment method. */
@ApplicationScoped
public class Payments {

    @Inject
    @Any
    private Instance<PaymentGateway> gateways;

    public PaymentGateway of(PaymentMethod method) {
        return gateways.stream().filter(gateway -> gateway.method() == method).findFirst()
                .orElseThrow(() -> new IllegalStateException("No gateway for " + method));
    }
}
