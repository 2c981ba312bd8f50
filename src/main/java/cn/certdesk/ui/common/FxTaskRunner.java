package cn.certdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on the one store thread (the SQLite connection is used from that thread only) and
 * delivers results on the FX thread. Thread-safe.
 */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService storeThread;

    public FxTaskRunner(ExecutorService storeThread) {
        this.storeThread = storeThread;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        storeThread.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                if (!(e instanceof cn.certdesk.domain.CertDeskException)) {
                    LOG.error("Background work failed", e);
                }
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }
}
