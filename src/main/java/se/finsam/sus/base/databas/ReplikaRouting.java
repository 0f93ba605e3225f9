package se.finsam.sus.base.databas;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Chooses primary or replica for each new connection. Behind a
 * {@link org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy} the physical connection is only taken
 * at the transaction's first statement, when the transaction's read-only flag and name (the class and method that
 * started it) are known. Read-only transactions started in a class marked {@link LasesFranReplika} go to the
 * replica; everything else, and everything outside a transaction, to the primary.
 */
class ReplikaRouting extends AbstractRoutingDataSource {

    private final Map<String, Boolean> markerad = new ConcurrentHashMap<>();

    ReplikaRouting(DataSource primar, DataSource replika) {
        setTargetDataSources(Map.of(Databasroll.PRIMAR, primar, Databasroll.REPLIKA, replika));
        setDefaultTargetDataSource(primar);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return roll(
                TransactionSynchronizationManager.isActualTransactionActive(),
                TransactionSynchronizationManager.isCurrentTransactionReadOnly(),
                TransactionSynchronizationManager.getCurrentTransactionName());
    }

    Databasroll roll(boolean transaktion, boolean lasning, String transaktionsnamn) {
        if (!transaktion || !lasning || transaktionsnamn == null) {
            return Databasroll.PRIMAR;
        }
        return markerad.computeIfAbsent(klassnamn(transaktionsnamn), ReplikaRouting::arMarkerad)
                ? Databasroll.REPLIKA
                : Databasroll.PRIMAR;
    }

    /** Spring names a declarative transaction after the method that started it: {@code com.example.Klass.metod}. */
    private static String klassnamn(String transaktionsnamn) {
        int punkt = transaktionsnamn.lastIndexOf('.');
        return punkt < 0 ? transaktionsnamn : transaktionsnamn.substring(0, punkt);
    }

    private static boolean arMarkerad(String klassnamn) {
        try {
            return Class.forName(klassnamn, false, ReplikaRouting.class.getClassLoader())
                    .isAnnotationPresent(LasesFranReplika.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
