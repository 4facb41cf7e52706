import java.util.*;

/**
 * Ejercicio 22 del Capítulo 2: Repartir una cantidad con dólares y centavos
 * en el menor número de billetes de dólar y monedas de cuarto, de dime,
 * de níquel y de penique. 
 *
 * @author Carlos A. Gómez Urda
 * @version 1.0
 */
public class Ejercicio2_22
{
    public static void main( String args[])
    {
        Locale.setDefault( Locale.ENGLISH);
        Scanner entrada = new Scanner( System.in);

        System.out.print( "Cantidad en formato dólares.centavos: ");
        final double cantidadInicial = entrada.nextDouble();

        final int totalCentavos = (int)(cantidadInicial * 100);
        final int dolares = totalCentavos / 100;
        int cantidadRestante = totalCentavos % 100;
        final int cuartos = cantidadRestante / 25;
        cantidadRestante = cantidadRestante % 25;
        final int dimes = cantidadRestante / 10;
        cantidadRestante = cantidadRestante % 10;
        final int niqueles = cantidadRestante / 5;
        cantidadRestante = cantidadRestante % 5;
        final int peniques = cantidadRestante;

        System.out.println( "Desglose de la cantidad");
        System.out.println( "Billetes de dólar: " + dolares);
        System.out.println( "Monedas de cuarto: " + cuartos);
        System.out.println( "Monedas de dime: " + dimes);
        System.out.println( "Monedas de níquel: " + niqueles);
        System.out.println( "Monedas de penique: " + peniques);
    }
}
