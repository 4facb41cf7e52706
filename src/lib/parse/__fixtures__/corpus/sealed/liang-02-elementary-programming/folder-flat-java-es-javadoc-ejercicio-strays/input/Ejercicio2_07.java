import java.util.*;

/**
 * Ejercicio 7 del Capítulo 2: Traducir una cantidad de minutos leída por teclado
 * a años y días (años de 365 días). 
 *
 * @author Carlos A. Gómez Urda
 * @version 1.0
 */
public class Ejercicio2_07
{
    public static void main( String args[])
    {
        Scanner entrada = new Scanner( System.in).useLocale( Locale.ENGLISH);

        System.out.print( "Cantidad de minutos: ");
        long minutos = entrada.nextLong();
       
        if (minutos < 0)
        {
            System.out.println( "Los minutos no pueden ser negativos.");
            return;
        }

        long dias = minutos/(60*24);

        System.out.println( "Años completos: " + dias/365 + "; días sobrantes: " + dias%365);
    }
}
