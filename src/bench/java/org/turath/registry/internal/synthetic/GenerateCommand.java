package org.turath.registry.internal.synthetic;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.turath.registry.SyntheticHeritage;

import java.util.List;

/**
 * {@code generate N [--seed=S]}: adds N synthetic heritage items recombined from the real ones, for
 * load tests and demonstrations of scale; the search index catches up on the next start or with
 * {@code reindex}. Never run it against a production registry.
 */
@Component
@Order(10)
class GenerateCommand implements ApplicationRunner {

    private final SyntheticHeritage synthetic;
    private final ApplicationContext context;

    GenerateCommand(SyntheticHeritage synthetic, ApplicationContext context) {
        this.synthetic = synthetic;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !"generate".equals(words.get(0))) {
            return;
        }
        int status = 0;
        if (words.size() != 2 || !words.get(1).matches("\\d{1,7}")) {
            System.out.println("Usage: generate N [--seed=S]   (N synthetic heritage items, up to 9,999,999)");
            status = 2;
        } else {
            long seed = args.containsOption("seed") ? Long.parseLong(args.getOptionValues("seed").get(0)) : 42L;
            int count = Integer.parseInt(words.get(1));
            int made = synthetic.generate(count, seed, done -> {
                if (done % 5_000 == 0 || done == count) {
                    System.out.printf("%d of %d%n", done, count);
                }
            });
            System.out.printf("Generated %d synthetic items; run `reindex` (or restart) to index them%n", made);
        }
        int exitCode = status;
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }
}
