package jp.mypage.password;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The packaged list of passwords people pick most often ({@code common-passwords.txt}, from the
 * zxcvbn project's frequency list, MIT licence; its header says how it was made).
 */
@ApplicationScoped
public class CommonPasswords {

    static final String RESOURCE = "/jp/mypage/password/common-passwords.txt";

    private Set<String> passwords;

    @PostConstruct
    void load() {
        passwords = read();
    }

    static Set<String> read() {
        Set<String> result = new HashSet<>(40_000);
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not packaged");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    result.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(result);
    }

    public boolean contains(String password) {
        return passwords.contains(password.strip().toLowerCase(Locale.ROOT));
    }
}
