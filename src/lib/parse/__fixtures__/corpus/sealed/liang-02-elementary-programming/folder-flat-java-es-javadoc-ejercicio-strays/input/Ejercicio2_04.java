import java.util.*;

/**
 * Ejercicio 4 del Capítulo 2: Pasar a kilogramos un peso en libras pedido 
 * al usuario
 *
 * @author Carlos A. Gómez Urda
 * @version 1.0
 */
public class Ejercicio2_04
{
    public static void main( String args[])
    {
        System.out.print( "Peso en libras: ");
        Scanner entrada = new Scanner( System.in).useLocale( Locale.ENGLISH);

        double libras = entrada.nextDouble();
        double kilogramos = libras * 0.454;

        System.out.println( "En kilogramos: " + kilogramos);

    }
}
