package se.finsam.sus.base;

/**
 * Where {@link Radbindning} reports a column whose values it has bound to their rows: the audit log, which base
 * cannot reach (implemented by {@code audit}).
 */
public interface Radbindningslogg {

    /**
     * Called once per column, in the transaction that marks it bound.
     *
     * @param antal how many values of an earlier version were encrypted again bound to their rows
     */
    void bunden(KrypteradKolumn kolumn, long antal);
}
