import java.util.*;

/**
 * Ejercicio 21 del Capítulo 2: Obtener el valor futuro de una inversión dados 
 * el capital de partida, los años que dura y el tipo de interés anual.
 *
 * @author Carlos A. Gómez Urda
 * @version 1.0
 */
public class Ejercicio2_21
{
    public static void main( String args[])
    {
        Locale.setDefault( Locale.ENGLISH);
        Scanner entrada = new Scanner( System.in);

        System.out.print( "Capital invertido al principio: ");
        final double inversionInicial = entrada.nextDouble();

        System.out.print( "Interés anual (en porcentaje): ");
        final double porcentajeInteresAnual = entrada.nextDouble();
        final double razonInteresMensual = porcentajeInteresAnual / 1200;

        System.out.print( "Años de la inversión: ");
        final int numeroDeAnnos = entrada.nextInt();
       
        double valorAcumulado = inversionInicial * 
                                Math.pow( 1 + razonInteresMensual,
                                          numeroDeAnnos * 12);
        System.out.printf( "Valor final de la inversión: %.2f\n", valorAcumulado);
    }
}
