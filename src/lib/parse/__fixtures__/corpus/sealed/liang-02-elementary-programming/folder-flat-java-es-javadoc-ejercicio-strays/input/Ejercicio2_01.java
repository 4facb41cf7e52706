import java.util.*;

/**
 * Ejercicio 1 del Capítulo 2.
 * Lee por teclado una temperatura en grados Celsius y muestra su valor en
 * Farenheit.
 * 
 * @author Carlos A. Gómez Urda
 * @version 1.9
 */
public class Ejercicio2_01
{
    public static void main( String args[])
    {
        System.out.print( "Temperatura en Celsius: ");
        Scanner entrada = new Scanner( System.in);

        double celsius = entrada.nextDouble();
        double farenheit = 9*celsius / 5 + 32;
        System.out.println( "Equivale en Farenheit a: " + farenheit);
    }
}
