package sg.tsa.advisor.ui;

import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class FxBackgroundExecutorTest {
    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void workRunsAwayFromTheFxThreadAndItsResultArrivesOnIt() throws Exception {
        AtomicBoolean workOnFx = new AtomicBoolean(true);
        AtomicBoolean resultOnFx = new AtomicBoolean(false);
        AtomicReference<String> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        try (FxBackgroundExecutor executor = new FxBackgroundExecutor()) {
            executor.run(() -> {
                workOnFx.set(Platform.isFxApplicationThread());
                return "advice";
            }, value -> {
                resultOnFx.set(Platform.isFxApplicationThread());
                result.set(value);
                done.countDown();
            }, e -> done.countDown());
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(workOnFx).isFalse();
        assertThat(resultOnFx).isTrue();
        assertThat(result).hasValue("advice");
    }

    @Test
    void aFailureArrivesOnTheFxThread() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        try (FxBackgroundExecutor executor = new FxBackgroundExecutor()) {
            executor.run(() -> {
                throw new IllegalStateException("disk full");
            }, value -> done.countDown(), e -> {
                failure.set(Platform.isFxApplicationThread() ? e : null);
                done.countDown();
            });
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(failure.get()).hasMessage("disk full");
    }

    @Test
    void workAskedForAfterClosingIsDroppedQuietly() {
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        executor.close();
        AtomicBoolean ran = new AtomicBoolean();
        assertThatCode(() -> executor.run(() -> ran.getAndSet(true), v -> { }, e -> { }))
                .doesNotThrowAnyException();
        assertThat(ran).isFalse();
    }
}
