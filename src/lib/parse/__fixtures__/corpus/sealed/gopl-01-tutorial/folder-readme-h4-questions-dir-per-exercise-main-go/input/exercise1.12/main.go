// License: https://creativecommons.org/licenses/by-nc-sa/4.0/

// Example:
// go run main.go &
// http://localhost:8000/?cycles=30;res=0.0008;delay=9;nframes=128;size=200

// Server to show the lissajous gif
// Exercise 1.12
package main

import (
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"io"
	"log"
	"math"
	"math/rand"
	"net/http"
	"strconv"
	"time"
)

var palette = []color.Color{color.White, color.Black}

const (
	whiteIndex = 0 // first color in palette
	blackIndex = 1 // next color in palette
)

func main() {
	rand.Seed(time.Now().UTC().UnixNano())

	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		cycles := 5     	// number of complete x oscillator revolutions
		res     := 0.001 	// angular resolution
		size    := 100   	// image canvas covers [-size..+size]
		nframes := 64    	// number of animation frames
		delay   := 8	 	// delay between frames in 10ms units

		if err := r.ParseForm(); err != nil {
			fmt.Print(err)
		}

		for k, v := range r.Form {
			switch k {
			case "cycles": {
				cycles, _ = strconv.Atoi(v[0])
			}
			case "res": {
				res, _ = strconv.ParseFloat(v[0], 64)
			}
			case "size": {
				size, _ = strconv.Atoi(v[0])
			}
			case "nframes": {
				nframes, _ = strconv.Atoi(v[0])
			}
			case "delay": {
				delay, _ = strconv.Atoi(v[0])
			}
			}
		}

		fmt.Printf("Cycles: %d, res: %f, size: %d, nframes: %d, delay: %d\n", cycles, res, size, nframes, delay)

		lissajous(w, cycles, res, size, nframes, delay)
	})
	log.Fatal(http.ListenAndServe("localhost:8000", nil))
}

func lissajous(out io.Writer, cycles int, res float64, size int, nframes int, delay int) {
	freq := rand.Float64() * 3.0 // relative frequency of y oscillator
	anim := gif.GIF{LoopCount: nframes}
	phase := 0.0 // phase difference
	for i := 0; i < nframes; i++ {
		rect := image.Rect(0, 0, 2*size+1, 2*size+1)
		img := image.NewPaletted(rect, palette)
		for t := 0.0; t < float64(cycles)*2*math.Pi; t += res {
			x := math.Sin(t)
			y := math.Sin(t*freq + phase)
			img.SetColorIndex(size+int(x*float64(size)+0.5), size+int(y*float64(size)+0.5),
				blackIndex)
		}
		phase += 0.1
		anim.Delay = append(anim.Delay, delay)
		anim.Image = append(anim.Image, img)
	}
	gif.EncodeAll(out, &anim) // NOTE: ignoring encoding errors
}
