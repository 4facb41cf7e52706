import java.util.*;

/**
 * Ejercicio 12 del Capítulo 2: Obtener la longitud mínima de pista que un
 * avión necesita para despegar, dadas su velocidad de despegue y su 
 * aceleración, que se piden al usuario.
 *
 * @author Carlos A. Gómez Urda
 * @version 1.0
 */
public class Ejercicio2_12
{
    public static void main( String args[])
    {
        Scanner entrada = new Scanner( System.in).useLocale( Locale.ENGLISH);

        System.out.print( "Velocidad de despegue (m/s): ");
        double velocidad = entrada.nextDouble();
        System.out.print( "Aceleración del avión (m/s2): ");
        double aceleracion = entrada.nextDouble();

        double distancia = Math.pow( velocidad, 2) / (2*aceleracion);

        System.out.println( "Longitud mínima de pista: " + distancia);
    }
}
