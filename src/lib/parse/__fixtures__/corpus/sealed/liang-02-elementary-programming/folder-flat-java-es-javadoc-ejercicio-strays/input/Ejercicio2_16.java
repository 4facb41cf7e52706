import java.util.*;

/**
 * Ejercicio 16 del Capítulo 2: Obtener la superficie de un hexágono regular.
 *
 * @author Carlos A. Gómez Urda
 * @version 1.0
 */
public class Ejercicio2_16
{
    public static void main( String args[])
    {
        Locale.setDefault( Locale.ENGLISH);
        Scanner entrada = new Scanner( System.in);

        System.out.print( "Lado del hexágono: ");
        final double lado = entrada.nextDouble();

        final double area = 3*Math.sqrt( 3) / 2 * Math.pow( lado, 2);
        System.out.printf( "Superficie del hexágono: %.4f\n", area);
    }
}
