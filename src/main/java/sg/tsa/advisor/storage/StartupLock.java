package sg.tsa.advisor.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An operating-system lock on {@code exemption-advisor.lock} in the data folder, held while one copy of the
 * application migrates, checks, imports the first catalogue, backs up or restores. A second copy waits for it
 * (retrying) and gives up with a clear {@link DataInUseException}. Day-to-day reads and writes do not take it:
 * SQLite's own locking and busy timeout cover those.
 */
final class StartupLock implements AutoCloseable {
    static final String FILE_NAME = "exemption-advisor.lock";
    private static final Duration RETRY = Duration.ofMillis(100);

    private final FileChannel channel;
    private final FileLock lock;

    private StartupLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static StartupLock acquire(Path directory, Duration patience) {
        Path file = directory.resolve(FILE_NAME);
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            if (!Files.exists(file)) {
                try {
                    DataDirectory.createPrivateFile(file);
                } catch (FileAlreadyExistsException raced) {
                    // another copy made it a moment ago: lock that one
                }
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new StartupLock(channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    channel.close();
                    throw new DataInUseException(directory, null);
                }
                Thread.sleep(RETRY.toMillis());
            }
        } catch (IOException e) {
            throw new StorageException("cannot lock " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while waiting for " + file, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another thread of this same process: wait like any other copy
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the channel in any case
        }
    }
}
