import java.util.*;

/**
 * Ejercicio 5 del Capítulo 2: Obtener la propina y el total final sumando al
 * subtotal un porcentaje indicado por el usuario.
 *
 * @author Carlos A. Gómez Urda
 * @version 1.0
 */
public class Ejercicio2_05
{
    public static void main( String args[])
    {
        Scanner entrada = new Scanner( System.in).useLocale( Locale.ENGLISH);

        System.out.print( "Subtotal de la cuenta: ");
        double subtotal = entrada.nextDouble();
        System.out.print( "Porcentaje de propina: ");
        double porcentajeRazon = entrada.nextDouble();
       
        double razon = porcentajeRazon/100 * subtotal; 
        double total = subtotal + razon;

        System.out.println( "Propina: " + razon);
        System.out.println( "Total a pagar: " + total);

    }
}
