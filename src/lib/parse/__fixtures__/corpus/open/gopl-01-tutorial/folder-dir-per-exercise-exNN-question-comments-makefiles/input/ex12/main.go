// Server1 is a minimal "echo" server.
package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"io"
	"log"
	"math"
	"math/rand"
	"net/http"
	"net/url"
	"strconv"
	// "os"
)

var palette = []color.Color{color.Black, color.RGBA{0, 255, 0, 1}}

const (
	whiteIndex = 0 // first color in palette
	blackIndex = 1 // next color in palette
)

func main() {
	http.HandleFunc("/", handler) // each request calls handler
	// log.Fatal(http.ListenAndServe("localhost:8000", nil))
	log.Fatal(http.ListenAndServe("0.0.0.0:8000", nil))
}

// handler echoes the Path component of the requested URL.
func handler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "image/gif")
	w.WriteHeader(http.StatusOK)

	u, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		fmt.Printf("%v", err)
	}

	cyclesValues, exists := u["cycles"]
	if !exists || len(cyclesValues) == 0 {
		fmt.Fprintf(w, "No 'cycles' parameter provided\n")
		return
	}
	cycles, _ := strconv.Atoi(cyclesValues[0])
	var b bytes.Buffer
	lissajous(float64(cycles), &b)
	_, err = w.Write(b.Bytes())
	if err != nil {
		http.Error(w, "Failed to send GIF", http.StatusInternalServerError)
		fmt.Println("Error writing GIF to response:", err)
	}
	// http.ServeContent(w, r, "example.gif", file.ModTime(), file)
}
func lissajous(cycles float64, out io.Writer) {
	fmt.Println("cycles:", cycles)
	const (
		// cycles  = 5     // number of complete x oscillator revolutions
		res     = 0.001 // angular resolution
		size    = 100   // image canvas covers [- size..+size]
		nframes = 64    // number of animation frames
		delay   = 8     // delay between frames in 10ms units
	)
	freq := rand.Float64() * 3.0 // relative frequency of y oscillator
	anim := gif.GIF{LoopCount: nframes}
	phase := 0.0 // phase difference
	for i := 0; i < nframes; i++ {
		rect := image.Rect(0, 0, 2*size+1, 2*size+1)
		img := image.NewPaletted(rect, palette)
		for t := 0.0; t < cycles*2*math.Pi; t += res {
			x := math.Sin(t)
			y := math.Sin(t*freq + phase)
			img.SetColorIndex(size+int(x*size+0.5), size+int(y*size+0.5), blackIndex)
		}
		phase += 0.1
		anim.Delay = append(anim.Delay, delay)
		anim.Image = append(anim.Image, img)
	}
	gif.EncodeAll(out, &anim) // NOTE: ignoring encoding errors
}
