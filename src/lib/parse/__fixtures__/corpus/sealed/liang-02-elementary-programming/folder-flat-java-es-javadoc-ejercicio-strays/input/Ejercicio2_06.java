import java.util.*;

/**
 * Ejercicio 6 del Capítulo 2: Sumar uno a uno los dígitos de un número 
 * entero.
 *
 * @author Carlos A. Gómez Urda
 * @version 1.0
 */
public class Ejercicio2_06
{
    public static void main( String args[])
    {
        Scanner entrada = new Scanner( System.in).useLocale( Locale.ENGLISH);

        System.out.print( "Escribe un entero entre 0 y 1000: ");
        int numero = entrada.nextInt();
       
        if (numero < 0 || numero > 1000)
        {
            System.out.println( "Ese número se sale del intervalo permitido.");
            return;
        }

        int sumaDeDigitos = 0;
        while (numero > 0)
        {
            sumaDeDigitos += numero % 10;
            numero /= 10;
        }

        System.out.println( "Sus dígitos suman: " + sumaDeDigitos);
    }
}
