import java.util.*;

/**
 * Ejercicio 13 del Capítulo 2: Saber cuánto dinero hay en la cuenta tras
 * ahorrar la misma cantidad cada mes, sumando mes a mes el interés que
 * sale del tipo anual.
 *
 * @author Carlos A. Gómez Urda
 * @version 1.0
 */
public class Ejercicio2_13
{
    public static void main( String args[])
    {
        Scanner entrada = new Scanner( System.in).useLocale( Locale.ENGLISH);

        System.out.print( "Ahorro que se mete cada mes: ");
        final double ingresoMensual = entrada.nextDouble();

        System.out.print( "Tipo de interés anual en procentaje: ");
        final double interesAnual = entrada.nextDouble();
        final double interesMensual = interesAnual / 1200;

        System.out.print( "Cuántos meses quieres calcular: ");
        final double meses = entrada.nextDouble();
   
        double cuenta = 0;
        for (int i = 0; i < meses; i++)
        {
            cuenta += ingresoMensual;
            cuenta *= 1 + interesMensual;
        }

        System.out.println( "Saldo de la cuenta al final: " + cuenta);
    }
}
