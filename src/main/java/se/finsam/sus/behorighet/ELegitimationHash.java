package se.finsam.sus.behorighet;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.Kryptering;

/**
 * The keyed hash (HMAC-SHA256) that links a user to the personnummer of their e-legitimation, so that the number
 * itself is never stored. It is {@link Kryptering}'s keyed hash under a label of its own: the key is derived from
 * {@code SUS_KRYPTERINGSNYCKEL} (never the AES key itself, and not the key of the participants' look-up hash), so
 * the same personnummer hashes differently here and among the participants.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ELegitimationHash {

    /** Part of every stored hash: changing it unlinks every user. */
    static final String ETIKETT = "SUS e-legitimation personnummer v1";

    private final Kryptering kryptering;

    /** 64 hex characters for a personnummer in its twelve-digit form (see {@link Personnummerkontroll}). */
    String hash(String tolvSiffror) {
        return kryptering.hmac(ETIKETT, tolvSiffror);
    }
}
