package vn.dacsan.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Approval-to-searchable through the running app, the way a business and the department work:
 * a business registers over the API and a member of staff verifies it; the business creates and
 * submits listings; staff approve them one by one, and after each approval the public search
 * API is polled until the listing appears. The clock starts when the approve request is sent.
 */
final class ApprovalRun {

    /** A listing the run created and approved; the checkout run buys the limited-stock ones. */
    record Listing(long id, String name, long priceVnd, int stock) {
    }

    /** Seconds per approval: request sent → searchable, approve answered → searchable, the approve call. */
    record Timings(double[] sentToSearchable, double[] answeredToSearchable, double[] approveCall, int missing,
                   double createAndSubmitSeconds) {
    }

    private static final String[] KINDS = {"Kẹo dừa sáp", "Mật ong hoa nhãn", "Bánh tráng sữa", "Rượu nếp than",
        "Nước mắm cá cơm", "Trà mãng cầu", "Bưởi da xanh sấy", "Mắm tôm chà"};
    private static final String BUSINESS_PASSWORD = "keo-dua-ben-tre-2026";
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);
    private static final long POLL_MS = 20;

    private final ApiClient api;
    private final String staff;
    private final String business;
    private final String businessEmail;

    ApprovalRun(ApiClient api, String staffAuthorization) {
        this.api = api;
        this.staff = staffAuthorization;
        this.businessEmail = "ban-hang@bench.dacsan.vn";
        this.business = ApiClient.basic(businessEmail, BUSINESS_PASSWORD);
    }

    /** Registers the business through the public API and has staff verify it. */
    void registerVerifiedBusiness() throws IOException, InterruptedException {
        String application = "{\"kind\":\"HOUSEHOLD\",\"name\":\"Cơ sở kẹo dừa Sáu Bench\",\"registrationNumber\":\"83H8012345\","
                + "\"legalRepresentative\":\"Nguyễn Văn Sáu\",\"street\":\"ấp An Bình\",\"province\":\"vinh-long\","
                + "\"commune\":\"vinh-long.an-hoi\",\"phone\":\"0938 214 600\",\"email\":\"\",\"accountEmail\":"
                + ApiClient.quote(businessEmail) + ",\"displayName\":\"Nguyễn Văn Sáu\",\"password\":\"" + BUSINESS_PASSWORD
                + "\",\"passwordRepeat\":\"" + BUSINESS_PASSWORD + "\",\"licences\":[{\"kind\":\"FOOD_SAFETY\","
                + "\"number\":\"125/2025/ATTP-CNĐK\",\"issuedOn\":\"2025-03-14\",\"issuer\":\"Sở Công Thương tỉnh Bến Tre\","
                + "\"validUntil\":\"2028-03-14\"}]}";
        JsonObject registered = ApiClient.expect(api.send("POST", "/api/v1/businesses", application), 201);
        long producer = registered.getJsonNumber("producerId").longValue();
        ApiClient.expect(api.send("POST", "/api/v1/staff/businesses/" + producer + "/verify", null, "Authorization", staff), 200);
    }

    /**
     * Creates and submits {@code count} listings (the first {@code limited} with {@code limitedStock}
     * units), then approves each and waits until search finds it.
     */
    Timings approveAll(int count, int limited, int limitedStock, List<Listing> approved)
            throws IOException, InterruptedException {
        List<Listing> listings = new ArrayList<>();
        List<Long> revisions = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String name = KINDS[i % KINDS.length] + " mẻ " + (730_000 + i);
            long price = 35_000 + 1_000L * (i % 40);
            int stock = i < limited ? limitedStock : 500;
            HttpResponse<String> created = api.send("POST", "/api/v1/seller/products", listing(name, price, stock),
                    "Authorization", business);
            long id = ApiClient.expect(created, 201).getJsonNumber("id").longValue();
            JsonObject submitted = ApiClient.expect(api.send("POST", "/api/v1/seller/products/" + id + "/submit", null,
                    "Authorization", business), 200);
            revisions.add(submitted.getJsonObject("open").getJsonNumber("id").longValue());
            listings.add(new Listing(id, name, price, stock));
        }
        double prepare = (System.nanoTime() - t0) / 1e9;
        System.out.printf("  %d listings created and submitted in %.1f s%n", count, prepare);

        double[] sent = new double[count];
        double[] answered = new double[count];
        double[] call = new double[count];
        int found = 0;
        int missing = 0;
        for (int i = 0; i < count; i++) {
            Listing listing = listings.get(i);
            String query = "/api/v1/products?q=" + ApiClient.encode(listing.name());
            String hit = "\"id\":" + listing.id() + ",";
            long start = System.nanoTime();
            ApiClient.expect(api.send("POST", "/api/v1/staff/reviews/" + revisions.get(i) + "/approve", "{}",
                    "Authorization", staff), 200);
            long approvedAt = System.nanoTime();
            long deadline = approvedAt + VISIBLE_WITHIN.toNanos();
            long seen = -1;
            while (System.nanoTime() < deadline) {
                HttpResponse<String> search = api.get(query);
                long now = System.nanoTime();
                if (search.statusCode() == 200 && search.body().contains(hit)) {
                    seen = now;
                    break;
                }
                Thread.sleep(POLL_MS);
            }
            if (seen < 0) {
                missing++;
                continue;
            }
            sent[found] = (seen - start) / 1e9;
            answered[found] = (seen - approvedAt) / 1e9;
            call[found] = (approvedAt - start) / 1e9;
            found++;
            approved.add(listing);
            if ((i + 1) % 50 == 0) {
                System.out.printf("  %d approved%n", i + 1);
            }
        }
        return new Timings(sorted(sent, found), sorted(answered, found), sorted(call, found), missing, prepare);
    }

    /** The stock the app reports now for one of the business's listings. */
    int stockOf(long productId) throws IOException, InterruptedException {
        return ApiClient.expect(api.get("/api/v1/seller/products/" + productId, "Authorization", business), 200).getInt("stock");
    }

    private static double[] sorted(double[] values, int n) {
        double[] copy = Arrays.copyOf(values, n);
        Arrays.sort(copy);
        return copy;
    }

    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String listing(String name, long price, int stock) {
        return "{\"name\":" + ApiClient.quote(name) + ",\"description\":\"Làm thủ công từ nước cốt dừa Bến Tre, "
                + "không chất bảo quản.\",\"priceVnd\":" + price + ",\"unit\":\"hộp 400 g\",\"stock\":" + stock
                + ",\"groupCode\":\"2023.thuc-pham.che-bien\",\"originCode\":\"vinh-long.an-hoi\",\"certificate\":{\"stars\":4,"
                + "\"decisionNumber\":\"1234/QĐ-UBND\",\"decisionDate\":\"2025-06-01\",\"issuer\":\"UBND tỉnh Vĩnh Long\"}}";
    }
}
