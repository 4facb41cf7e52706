import java.util.*;

/**
 * Ejercicio 18 del Capítulo 2: Imprimir una tabla en la que cada línea tiene
 * una base, su exponente y la potencia que resulta.
 *
 * @author Carlos A. Gómez Urda
 * @version 1.0
 */
public class Ejercicio2_18
{
    public static void main( String args[])
    {
        Locale.setDefault( Locale.ENGLISH);
        Scanner entrada = new Scanner( System.in);

        System.out.printf( "a\tb\tpow(a,b)\n");
        for (int i = 1; i < 7; i++)
        {
            int a = i;
            int b = i+1;
            int potencia = (int)Math.pow( a, b);
            System.out.printf( "%d\t%d\t%d\n", a, b, potencia);
        }
    }
}
