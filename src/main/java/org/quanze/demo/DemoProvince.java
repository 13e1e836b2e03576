package org.quanze.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quanze.authority.Accounts;
import org.quanze.organization.Organization;
import org.quanze.organization.StaffView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo province on first start ({@code QUANZE_DEMO=province}, the default; {@code none} starts empty):
 * the 93 Jilin courts through the ordinary court import, generated staff through the staff import, and the demo
 * accounts listed in the README.
 */
@Component
@Order(10)
class DemoProvince implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);

    /** Demo login → staff number, in the 南关区 court (吉0102) unless stated. */
    static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

    private final Organization organization;
    private final Accounts accounts;
    private final org.quanze.casefile.CaseFiles caseFiles;
    private final org.quanze.disclosure.Disclosures disclosures;
    private final int casesPerYear;
    private final String mode;
    private final double scale;
    private final String password;
    private final Clock clock;

    DemoProvince(Organization organization, Accounts accounts, org.quanze.casefile.CaseFiles caseFiles,
            org.quanze.disclosure.Disclosures disclosures, Clock clock,
            @Value("${quanze.demo.mode:province}") String mode, @Value("${quanze.demo.scale:1.0}") double scale,
            @Value("${quanze.demo.password:quanze2026}") String password,
            @Value("${quanze.demo.cases-per-year:60000}") int casesPerYear) {
        this.organization = organization;
        this.accounts = accounts;
        this.caseFiles = caseFiles;
        this.disclosures = disclosures;
        this.casesPerYear = casesPerYear;
        this.clock = clock;
        this.mode = mode;
        this.scale = scale;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!"province".equalsIgnoreCase(mode) || !organization.empty()) return;
        long start = System.nanoTime();
        organization.loadCourts(resource("demo/jilin-courts.csv"), "jilin-courts.csv");
        List<String> staff = new StaffGenerator().generate(organization.courts(), scale);
        String file = StaffGenerator.header() + "\n" + String.join("\n", staff) + "\n";
        try {
            organization.loadStaff(file.getBytes(StandardCharsets.UTF_8), "demo-staff.csv");
        } catch (org.quanze.shared.DomainException e) {
            throw new IllegalStateException("Demo staff rejected: " + e.errors(), e);
        }
        createAccounts();
        loadCases();
        log.info("Demo province loaded: {} courts, {} staff, {} cases a year in {} ms", organization.courts().size(), staff.size(), casesPerYear,
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Last year in full and this year to date, as the history import would bring them from an older system, with what
     * the older portal recorded of them.
     */
    private void loadCases() {
        if (casesPerYear <= 0) return;
        LocalDate today = LocalDate.now(clock);
        Map<String, List<String>> judges = new java.util.TreeMap<>();
        for (var court : organization.courts()) {
            List<String> inQuota = organization.staffOf(court.code(), today).stream()
                    .filter(s -> s.role() == org.quanze.shared.Role.QUOTA_JUDGE && s.inQuota()).map(StaffView::staffNo).toList();
            if (!inQuota.isEmpty()) judges.put(court.code(), inQuota);
        }
        for (int year : new int[] {today.getYear() - 1, today.getYear()}) {
            var out = new java.io.StringWriter();
            try {
                CaseYearGenerator.write(judges, year, today, casesPerYear, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            caseFiles.loadHistory(out.toString().getBytes(StandardCharsets.UTF_8), "demo-cases-" + year + ".csv");
            disclosures.loadPortalHistory(PortalYearGenerator.write(out.toString(), today).getBytes(StandardCharsets.UTF_8),
                    "demo-portal-" + year + ".csv");
        }
    }

    private void createAccounts() {
        LocalDate today = LocalDate.now(clock);
        List<StaffView> nanguan = organizationStaff("吉0102", today);
        List<StaffView> high = organizationStaff("吉", today);
        String hash = accounts.hash(password);
        // The judge, and the assistant and clerk generated right after the judge: the judge's trial team.
        pick(nanguan, "judge", s -> s.role().name().equals("QUOTA_JUDGE") && s.posts().isEmpty() && s.inQuota()
                && "民一庭".equals(s.departmentName()), hash).ifPresent(judge -> {
                    pick(nanguan, "assistant", s -> s.staffNo().equals(next(judge.staffNo(), 1)), hash);
                    pick(nanguan, "clerk", s -> s.staffNo().equals(next(judge.staffNo(), 2)), hash);
                });
        pick(nanguan, "chief", s -> s.posts().stream().anyMatch(p -> p.name().equals("DIVISION_CHIEF")) && "民一庭".equals(s.departmentName()), hash);
        pick(nanguan, "president", s -> s.posts().stream().anyMatch(p -> p.name().equals("PRESIDENT")), hash);
        pick(nanguan, "diverter", s -> s.posts().stream().anyMatch(p -> p.name().equals("PROCEDURE_DIVERTER")), hash);
        pick(nanguan, "filer", s -> s.role().name().equals("CLERK") && "立案庭".equals(s.departmentName()), hash);
        pick(nanguan, "supervisor", s -> "监察室".equals(s.departmentName()), hash);
        pick(nanguan, "assessor", s -> s.role().name().equals("PEOPLE_ASSESSOR"), hash);
        pick(nanguan, "exjudge", s -> s.role().name().equals("QUOTA_JUDGE") && !s.inQuota(), hash);
        pick(high, "tmo", s -> "审判管理办公室".equals(s.departmentName()), hash);
        pick(high, "highpresident", s -> s.posts().stream().anyMatch(p -> p.name().equals("PRESIDENT")), hash);
    }

    private List<StaffView> organizationStaff(String court, LocalDate today) {
        return organization.staffOf(court, today);
    }

    private java.util.Optional<StaffView> pick(List<StaffView> staff, String username,
            java.util.function.Predicate<StaffView> which, String hash) {
        var found = staff.stream().filter(which).findFirst();
        found.ifPresentOrElse(s -> accounts.createWithHash(username, s.id(), hash),
                () -> log.warn("Demo account {} not created: no matching staff at this scale", username));
        return found;
    }

    /** The staff number {@code n} places after another in the same court (吉0102-0007 → 吉0102-0008). */
    private static String next(String staffNo, int n) {
        int dash = staffNo.lastIndexOf('-');
        return staffNo.substring(0, dash + 1) + String.format("%04d", Integer.parseInt(staffNo.substring(dash + 1)) + n);
    }

    private static byte[] resource(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
