import java.util.*;

/**
 * Ejercicio 20 del Capítulo 2: Hallar el interés que genera un mes el saldo
 * de la cuenta con un tipo de interés anual dado.
 *
 * @author Carlos A. Gómez Urda
 * @version 1.0
 */
public class Ejercicio2_20
{
    public static void main( String args[])
    {
        Locale.setDefault( Locale.ENGLISH);
        Scanner entrada = new Scanner( System.in);

        System.out.print( "Saldo de la cuenta: ");
        final double balance = entrada.nextDouble();

        System.out.print( "Tipo anual en porcentaje: ");
        final double porcentajeInteresAnual = entrada.nextDouble();
        final double razonInteresMensual = porcentajeInteresAnual / 1200;

        final double interesMensual = balance * razonInteresMensual;
        System.out.printf( "Interés de este mes: %.5f\n", interesMensual);
    }
}

