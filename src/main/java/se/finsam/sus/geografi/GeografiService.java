package se.finsam.sus.geografi;

import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Län and kommuner (SCB codes). Public reference data: readable by anyone, also the open statistics pages. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GeografiService {

    private final LanRepository lan;
    private final KommunRepository kommuner;
    private final StadsdelRepository stadsdelar;

    public Optional<LanInfo> lan(String kod) {
        return lan.findById(kod).map(Lan::info);
    }

    public List<StadsdelInfo> allaStadsdelar() {
        return stadsdelar.findAll(Sort.by("kod")).stream().map(Stadsdel::info).toList();
    }

    public Optional<StadsdelInfo> stadsdel(String kod) {
        return stadsdelar.findById(kod).map(Stadsdel::info);
    }

    public List<LanInfo> allaLan() {
        return lan.findAll(Sort.by("kod")).stream().map(Lan::info).toList();
    }

    public List<KommunInfo> allaKommuner() {
        return kommuner.findAll(Sort.by("kod")).stream().map(Kommun::info).toList();
    }

    public List<KommunInfo> kommunerI(String lanKod) {
        return kommuner.findByLanKodOrderByKod(lanKod).stream()
                .map(Kommun::info)
                .toList();
    }

    public Optional<KommunInfo> kommun(String kod) {
        return kommuner.findById(kod).map(Kommun::info);
    }
}
