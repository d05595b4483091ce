package sg.tsa.advisor.testing;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Waiting in TestFX tests for what background work and the FX Application Thread will show. */
public final class FxWait {
    private FxWait() {
    }

    /** Waits (at most 20 s) until {@code condition} holds, then until the FX events it caused are handled. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
