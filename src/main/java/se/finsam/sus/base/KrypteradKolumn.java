package se.finsam.sus.base;

import java.util.regex.Pattern;

/**
 * A column whose values {@link Kryptering} encrypts bound to their rows: each value's AES-GCM associated data
 * names this table and column and the row's id ({@link #bindning(long)}), so a value copied to another row, another
 * column or another table does not decrypt. A feature declares each of its encrypted columns as a Spring bean of
 * this type, so that the start-up step {@link Radbindning} binds the values an earlier version stored unbound.
 *
 * @param tabell the table, as in SQL (lower case)
 * @param kolumn the column holding the encrypted values (text, nullable), as in SQL (lower case); the table's key
 *     column is {@code id}
 */
public record KrypteradKolumn(String tabell, String kolumn) {

    /** Both names go into SQL as they are: only plain lower-case identifiers. */
    private static final Pattern NAMN = Pattern.compile("[a-z][a-z0-9_]{0,59}");

    public KrypteradKolumn {
        if (!NAMN.matcher(tabell).matches() || !NAMN.matcher(kolumn).matches()) {
            throw new IllegalArgumentException("Not a plain table or column name: " + tabell + "." + kolumn);
        }
    }

    /** The associated data of the value in row {@code id}: {@code tabell.kolumn:id}. */
    String bindning(long id) {
        return tabell + "." + kolumn + ":" + id;
    }

    @Override
    public String toString() {
        return tabell + "." + kolumn;
    }
}
