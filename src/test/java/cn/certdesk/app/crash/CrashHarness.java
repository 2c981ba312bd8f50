package cn.certdesk.app.crash;

import cn.certdesk.domain.application.Application;
import cn.certdesk.store.application.ApplicationDesk;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Random;

/**
 * The child process of {@link CrashSafetyTest}: opens the store in the given data directory and
 * issues certificates in a loop until it is killed — create, (request approval and approve by
 * a second officer for head-approval kinds), print through a printer that accepts, confirm
 * issued; now and then a void. No JavaFX, cheap password hashing. Prints {@code ready} once the
 * store is open.
 *
 * <p>Arguments: data directory, random seed.
 */
public final class CrashHarness {

    private CrashHarness() {
    }

    public static void main(String[] args) {
        Path dataDirectory = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        try (ApplicationDesk desk = ApplicationDesk.open(dataDirectory, clock)) {
            System.out.println("ready");
            System.out.flush();
            while (true) {
                if (random.nextInt(4) == 0) {
                    Application application = desk.applications.create(desk.community,
                            desk.application("ISSUE_ABNORMAL_DEATH", "张三", "220102199003071234"));
                    desk.applications.requestApproval(desk.community, application.id());
                    desk.applications.approve(desk.head, application.id());
                    finish(desk, random, application, desk.community);
                } else {
                    Application application = desk.applications.create(desk.household,
                            desk.application("ISSUE_KINSHIP", "李四", "220102198001011239"));
                    finish(desk, random, application, desk.household);
                }
            }
        }
    }

    private static void finish(ApplicationDesk desk, Random random, Application application,
            cn.certdesk.domain.officer.Officer officer) {
        if (random.nextInt(8) == 0) {
            desk.applications.void_(officer, application.id(), "填写错误");
            return;
        }
        desk.applications.print(officer, application.id(), ApplicationDesk.printJob());
        desk.applications.confirmIssued(officer, application.id());
        if (random.nextInt(10) == 0) {
            desk.applications.void_(officer, application.id(), "证明内容有误，收回作废");
        }
    }
}
