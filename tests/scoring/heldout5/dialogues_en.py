"""Held-out set 5, English dialogues (compact format of ``tests/scoring/heldout/build_heldout.py``).

Written by an independent writer; labels decided by meaning while writing, before any matcher run.
"""

from __future__ import annotations

from collections.abc import Callable


def build(emit: Callable[..., None]) -> None:
    """Emit the 45 English transcripts."""
    emit(
        "en5_h01",
        "en",
        "S1:pa G1:pa C1:pa N1 Q1:wf P1:pa,asr X1:pa W1 B1:pa",
        """
        c[GCN]: gday crystal pools this is mick
        r: hi mick i'm after someone to clean my pool it's gone a bit green
        c: ah no worries mate how did ya come across us
        r: a neighbour uses you
        r@ask_product: how much is a one off green pool clean
        c: green to clean for a standard backyard pool is usually three hundred and fifty bucks chemicals in cluded
        c: i could swing by thursday arvo if that suits
        r: thursday works
        c: whats the name mate
        r: oliver
        c[B]: cheers oliver see you thursday have a good one
        """,
        note="pool cleaning, Australian; 'how did ya come across us'; 'swing by thursday arvo' is a visit offered",
    )
    emit(
        "en5_h02",
        "en",
        "S0 G0 C0:rob N0 Q0 P0 X1:pa,asr W1 B0",
        """
        c: yeah
        r: hi is this the pest control company
        c: yep what do you need
        r: i think i have mice in the garage
        r@ask_product: how much do you charge for a mouse treatment
        c: depends on the size of the place man i'd have to send a tech out to look
        c: i can get somebody out to morrow between eight and noon
        r: ok
        c: address
        r: twelve elm street
        c: got it
        """,
        note="pest control, American, curt; 'yeah' is no greeting; the robot names the business, the callee only says 'yep'; 'depends' is no answer",
    )
    emit(
        "en5_h03",
        "en",
        "S1:wf G1 C1:pa N1 Q0 P0 X1:pa,asr W0 B1",
        """
        c[GCN]: good morning pass first time driving school sarah speaking
        r: good morning sarah i'd like to book some driving lessons
        c: lovely and may i ask how you heard about us
        r: a friend passed with you
        r@ask_product: how much is a block of ten lessons
        c: all our packages and prices are on the website under lessons it's easiest to look there
        r: could you give me a rough idea
        c: i'm afraid i can't quote over the phone they change with the instructor
        c: what i can do is pop you in four a free assessment lesson
        r: i'll think about it
        c[B]: no problem thanks for calling have a lovely day
        """,
        note="driving school, British formal; price sent to the website and refused; a free assessment lesson offered",
    )
    emit(
        "en5_h04",
        "en",
        "S0:rep G1:pa C1:pa N0 Q1:pa P1:pa X1:pa,asr W1:inc B1:pa",
        """
        c[GC]: hiya delish catering
        r: hi there i'm looking for catering for a christening about forty people
        c: grand so my boss is always on at me to ask people where they heard of us but sure never mind that
        r@ask_product: how much would a buffet for forty cost
        c: for forty the hot buffet is eighteen euro a head so about seven hundred and twenty all in there's pictures of the spreads on the website as well if you want
        c: i can email you over a menu and a coat tonight
        r: that would be great
        c: and what name will i put on it
        r: oliver
        c[B]: lovely oliver talk soon thanks a million
        """,
        note="catering, Irish; the source question only reported ('my boss is always on at me to ask') and dropped; website for pictures after the price; 'coat' for 'quote'",
    )
    emit(
        "en5_h05",
        "en",
        "S0:rob G0 C1:pa N0 Q0 P1:pa,asr X1:pa W1 B0",
        """
        c[C]: quick print shop
        r: hi my colleague recommended you i need some flyers
        c: sure
        r@ask_product: how much for five hundred a5 flyers double sided
        c: five hundred a five double sighted on gloss is eighty five dollars ready next day
        r: great
        c: send the art work to our email and we'll get it going
        r: will do
        c: k
        """,
        note="print shop; only the robot says where it heard of them; no greeting and 'k' is no closing",
    )
    emit(
        "en5_h06",
        "en",
        "S0 G0:out C1 N1:pa Q1 P0 X1:pa W1 B1:pa",
        """
        c: yeah
        r: hi there i'm calling about my roof we had a storm last week and a few shingles came off and now there's a leak over the kitchen can you help
        c[GCN]: oh hi sorry yes this is peak roofing jake here
        r@ask_product: roughly how much does a repair like that cost
        c: honestly can't tell you without seeing it could be small could be the hole section
        c: i can come by and take a look this week free estimate
        r: sure
        c: where are you calling from what area
        r: north side
        c: ok and who am i speaking with
        r: oliver
        c[B]: thanks oliver i'll see you wednesday have a great day
        """,
        note="roofing; 'oh hi' only after the robot's long first turn, past 10 s; 'where are you calling from' is a near miss for the source; no figure",
    )
    emit(
        "en5_h07",
        "en",
        "S1:wf G1 C1:pa N1 Q0 P0 X1:pa W0:asr B1:wf",
        """
        c[GCN]: good afternoon clearsound hearing centre this is fiona
        r: hello fiona i'm asking about hearing aids for my dad
        c: of course and how did you find out about us
        r: from a leaflet
        r@ask_product: what does a behind the ear hearing aid cost
        c: they vary quite a lot best to have a look on our web sight there's a full price list
        r: is there a ballpark
        c: i wouldn't like to say on the phone
        c: we can book your dad a free hearing test though
        r: i'll talk to him
        c[B]: of course thanks for your call bye now
        """,
        note="hearing aids, British; website deflection heard as 'web sight'; no figure",
    )
    emit(
        "en5_h08",
        "en",
        "S0 G1:pa C1:pa N0 Q1:pa P1:pa X1:pa,asr W1:rep B0",
        """
        c[GC]: hey there pampered paws
        r: hi i'd like to get my poodle groomed
        c: aw sure
        r@ask_product: how much is a full groom for a standard poodle
        c: some places just tell you to look at their website but i'll give it to you straight full groom for a standard is ninety five
        r: ok
        c: i got a slot saturday at ten wanted
        r: yes please
        c: name for the booking and the dogs name
        r: oliver and the dog's coco
        c: perfect see ya
        """,
        note="pet grooming; 'look at their website' only as what other places say, then a price; 'see ya' is no polite closing",
    )
    emit(
        "en5_h09",
        "en",
        "S1:asr G1:pa C1:pa N1 Q1:pa P1:pa X1:pa W1 B1:pa",
        """
        c[GCN]: hi you're through to bright room studios this is priya
        r: hi priya i'm looking to hire the studio for a product shoot
        c: brilliant can i ask how you here about us
        r: instagram
        r@ask_product: how much is it to hire the studio for half a day
        c: half day is a hundred and sixty pounds that includes the lighting kit
        c: do you want me to pencil you in
        r: yes next friday
        c: friday mornings free what name shall i put
        r: oliver
        c[B]: lovely oliver you're booked have a good day
        """,
        note="photo studio, British; source question with 'here' for 'hear' and a dropped 'did'; 'pencil you in' is a booking",
    )
    emit("en5_h10", "en", "", "", note="no answer (ringing until timeout)", outcome="no_answer")
    emit(
        "en5_h11",
        "en",
        "S0:neg G1 C1:pa N1 Q1:pa P1:pa,asr X1:pa W1 B1:pa",
        """
        c[GC]: good afternoon little linguists language school
        c[N]: my name is amanda how can i help
        r: hi i'd like to sign my daughter up for spanish she's six
        c: oh we'd love to have her
        r@ask_product: how much are the classes per month
        c: it's one forty a month four weekly classes and the first one's free
        r: and where are you
        c: we're on main and fifth i'm not gonna ask how you found us you probably drove past
        c: let me sign her up for a trial class this saturday at ten
        r: sounds good
        c: and your name
        r: oliver
        c[B]: thank you oliver we'll see you saturday
        """,
        note="children's language courses; source question negated ('not gonna ask how you found us'); greeting and name in two short turns",
    )
    emit(
        "en5_h12",
        "en",
        "S0 G0 C0 N0 Q0 P1:pa,asr X0 W1 B0",
        """
        c: yeah go ahead
        r@ask_product: hi how much is it to true a wheel
        c: uh hang on let me ask the mechanic
        c+40: you there he says twenty two thirty quid depending how bad it is
        r: and how long
        c: same day usually
        r: thanks
        c: yep
        """,
        note="bicycle repair; no greeting, no shop name; hold of 40 s; range in pounds; abrupt end",
    )
    emit(
        "en5_h13",
        "en",
        "S0 G1 C1 N1 Q0 P0 X0 W0:pa B0",
        """
        c[GCN]: thank you for calling dreamland mattress this is tyler
        r@ask_product: hi do you have memory foam queen mattresses and what do they cost
        c: oh yeah we've got a ton of them honestly your best bet is to browse the online catalog it's got all the prices
        r: anything under a thousand
        c: a few yeah they're all in the catalog
        r: ok
        c: if you have questions give us a ring
        r: bye
        c: bye
        """,
        note="mattress shop; sent to the online catalog; 'a ton of them' and 'a few yeah' without any detail are no answer; 'give us a ring' is no next step",
    )
    emit(
        "en5_h14",
        "en",
        "S0 G1 C1:pa N0 Q0:neg P1:pa,asr X1:pa W1 B1:pa",
        """
        c[GC]: good morning city glass and mirrors
        r: morning i need a mirror cut to size for a bathroom
        r@ask_product: how much would a sixty by eighty mirror with a bevelled edge be
        c: sixty by eighty bevelled comes two fifty four pounds ready in three days
        r: do you deliver
        c: yeah delivery's a tenner you can order it over the phone now if you like
        r: sure do you need my name
        c: no need for a name just the address and a number
        r: fourteen park road
        c[B]: lovely thanks very much have a good afternoon
        """,
        note="glass and mirrors, British; 'no need for a name' is the opposite of asking it; order by phone offered",
    )
    emit(
        "en5_h15",
        "en",
        "S0 G1 C0:rob N0 Q1:pa P1:pa,asr X1:pa W1 B0",
        """
        c[G]: hello
        r: hi is this aqua clear pool service
        c: that's us
        c: and you are
        r: oliver i've got a pool at my house
        r@ask_product: how much is a weekly cleaning service
        c: weekly service for a regular size pool runs about one sixty a mouth
        c: i can come out monday and take a look
        r: ok
        c: alright
        """,
        note="pool cleaning, American; the robot names the company, 'that's us' only confirms; 'and you are' asks the caller's name",
    )
    emit(
        "en5_h16",
        "en",
        "S1:pa G1 C1:pa N1 P1 Q0 X1:pa,asr W1:inc B1",
        """
        c[GCN]: hello tile warehouse dan speaking
        r: hi i'm looking for marble effect tiles for a bathroom
        c: ok and what brought you to us today
        r: i drove past the showroom
        r@ask_product: do you have marble effect tiles in sixty by one twenty
        c: yep sixty by one twenty marble effect we've got three ranges in stock from twenty nine pounds a square metre you can see photos on the website too
        c: best thing is come into the show room and see them in person
        r: will do
        c[B]: great see you soon thanks for calling
        """,
        note="ceramic tiles, British; 'what brought you to us'; stock with sizes and price, photos on the website after the answer",
    )
    emit(
        "en5_h17",
        "en",
        "S0 G1:pa C1 N0 Q1:pa P1:pa X1:pa W1 B0",
        """
        c[GC]: yo whats up ink house tattoo
        r: hey i want a small script tattoo on my wrist
        c: sick what's it said
        r: just one word
        r@ask_product: how much would that be
        c: our shop minimum is eighty bucks a one word scripts be right around that
        c: come in for a consult and the artist'll sketch it
        r: who's the artist
        c: that'd be marco he's the best at script
        c: what name should i put you under
        r: oliver
        c: bet see you
        """,
        note="tattoo studio, slangy; the artist's name (not the callee's) is a near miss for introduced_self; no polite closing",
    )
    emit(
        "en5_h18",
        "en",
        "S0 G1:pa C1:pa N1:pa Q1 P0 X1:pa,asr W0:pa B0",
        """
        c[GCN]: morning cool breeze air con dave speaking
        r: hi dave i'm after a split system for the bedroom
        c: yep
        r@ask_product: how much for a split system installed
        c: ah mate it really depends just use the quote tool on our site it does it all for you
        r: what's a standard install
        c: like i said depends on the run
        c: want me to get one of the boys to ring you to morrow
        r: sure
        c: whats your name and number
        r: oliver oh four one two
        c: no worries
        """,
        note="air conditioning, Australian; sent to the quote tool on the site, no figure; call back offered; 'no worries' is no closing",
    )
    emit(
        "en5_h19",
        "en",
        "S0 G1:pa C1:pa N0 Q0 P1:pa X1:pa W1 B1:wf",
        """
        c[GC]: hi safe space self storage
        r: hi i need a storage unit for a couple of months
        c: have you rented with us before
        r: no first time
        r@ask_product: how much is a five by ten unit per month
        c: one sec let me check what's opened
        c+35: thanks for holding a five by ten is eighty nine a month and first months half off
        c: you're welcome to come by and see the units any time seven to seven
        r: thanks
        c[B]: thank you for calling have a great day
        """,
        note="self-storage; 'have you rented with us before' is a near miss for the source; hold of 35 s",
    )
    emit(
        "en5_h20",
        "en",
        "S1 G1:pa C1:pa N1:wf Q0:rep P1:pa,asr X1:pa W1 B1:pa",
        """
        c[GCN]: hi this is lotus yoga studio my name's jess
        r: hi jess i'd like to try yoga
        c: awesome how did you hear about us
        r: my friend goes there
        r@ask_product: how much is a class pass
        c: ten class pact is one fifty unlimited monthly is one thirty
        c: your first class is free just show up usually we take your name at the desk but for the free one don't worry about it
        r: great
        c[B]: namaste have a lovely day
        """,
        note="yoga studio; taking the name only described as usual and waived; free first class offered",
    )
    emit(
        "en5_h21",
        "en",
        "S0 G0 C1:pa N0 Q0 P0 X1:pa W0:pa B0",
        """
        c[C]: reel deal tackle
        r@ask_product: gday have you got any shimano baitcasters and what are they going for
        c: yeah mate they're all up on the online store with stock levels and prices have a squiz
        r: anything for bream
        c: search bream in the store there
        c: or just come down and have a feel
        r: righto cheers
        c: yep
        """,
        note="fishing tackle, Australian; sent to the online store; 'yeah mate' is no real availability answer; invitation to come down",
    )
    emit("en5_h22", "en", "", "", note="busy", outcome="busy")
    emit(
        "en5_h23",
        "en",
        "S0:rob G1 C0:out N0 Q1 P1:pa X1:wf W1 B1",
        """
        c[G]: good morning
        r: good morning i saw your ad and i'm calling about solar panels for my house we've got a south facing roof and we're thinking about batteries too
        c: ok and how big is the house
        r: about two thousand square feet
        c[C]: got it so this is sunpath solar we do panels and battery storage
        r@ask_product: how much would a system with a battery cost
        c: for that size you're probably looking at around twenty two thousand before the tax credit
        c: i can send you a proposal by email
        r: sure
        c: great what's your name and email
        r: oliver oliver at mail dot com
        c[B]: thanks oliver you'll have it today take care
        """,
        note="solar panels, American; company named only after 15 s; the robot volunteers that it saw an ad",
    )
    emit(
        "en5_h24",
        "en",
        "S1:pa G1 C1:pa N1:asr Q1:pa P1:pa X1:pa,asr W1 B1",
        """
        c[GCN]: pest away good afternoon your speaking to karen
        r: hi karen we've got a wasp nest under the eaves
        c: oh dear who passed our name on to you
        r: my neighbour
        r@ask_product: how much is it to get rid of a wasp nest
        c: one nest is sixty five pounds and each extra nest on the same visit is twenty
        c: i can get a technician to you tomorrow after noon
        r: great
        c: who shall i book it under
        r: oliver
        c[B]: lovely oliver all booked thanks for calling
        """,
        note="pest control, British; 'your speaking to' for 'you're'; 'who passed our name on to you'; 'who shall i book it under'",
    )
    emit(
        "en5_h25",
        "en",
        "S0 G1:asr C1:pa N0 Q0 P0 X0 W1 B0",
        """
        c[GC]: good mourning fast lane driving
        r@ask_product: hi how much are your motorcycle lessons
        c: oh that's not me let me put you through
        c+25: hello hello can't hear you try again later
        """,
        note="driving school; 'good mourning' (homophone); transferred without an answer; 'try again later' is no next step; abrupt end",
    )
    emit(
        "en5_h26",
        "en",
        "S1:wf G1 C1 N1 Q1:wf P1:pa X1:pa,asr W1:neg B1:pa",
        """
        c[GCN]: good afternoon fork and flame catering this is brianna
        r: hi i need catering for a wedding about fifty guests
        c: congratulations how did you find out about us
        r: at a bridal fair
        r@ask_product: how much would a plated dinner for fifty be
        c: i'm not going to send you off to the website because it's out of date plated dinners start at forty two a head
        c: let me put together a proposal and text it too you
        r: perfect
        c: can i get your name
        r: oliver
        c[B]: thanks oliver and congrats again have a great day
        """,
        note="catering, American; website mentioned only negated, then a price; proposal by text message",
    )
    emit(
        "en5_h27",
        "en",
        "S0 G1 C1:pa N0 Q0 P1:pa X0 W1:rob B0",
        """
        c[GC]: hello print hub
        r: hi i saw on your website you do banners
        c: we do
        r@ask_product: how much is a three metre by one metre banner
        c: three by one pvc banner with eyelets is forty five pounds
        r: how long does it take
        c: next day
        r: ok i'll have a think
        c: righto
        """,
        note="print shop; only the robot mentions the website; short, no offer, no closing",
    )
    emit(
        "en5_h28",
        "en",
        "S0 G1 C1:pa N0:out Q1:wf P1:pa,asr X1:pa W1 B1",
        """
        c[GC]: hello mcgrath roofing
        r: hi i need a new roof on my garage
        c: right what size
        r: about thirty square metres
        r@ask_product: what would that cost with materials
        c: with metal sheeting you be looking at between three and four grand depending on the timbers
        r: can someone come and look
        c[N]: sure i'm pat by the way i'm the foreman i could call out saturday
        r: great
        c: and what's your name yourself
        r: oliver
        c[B]: grand oliver see you saturday all the best
        """,
        note="roofing, Irish; the callee's own name only after 20 s; a range as the answer",
    )
    emit(
        "en5_h29",
        "en",
        "S0 G1 C1:pa N1 Q1:wf P1:pa X1:pa,asr W1 B1:wf",
        """
        c[GCN]: good morning hear well audiology this is donna
        r: morning i'm interested in an in the ear hearing aid
        c: sure what city are you calling from
        r: springfield
        r@ask_product: how much is an in the ear hearing aid
        c: in the ear models start at around fourteen hundred per ear but you'd need a hearing test first
        c: we have a spring field office i can set you up with a test on tuesday
        r: ok
        c: can i get your first and last name
        r: oliver smith
        c[B]: thanks oliver see you tuesday take care now
        """,
        note="hearing aids, American; 'what city are you calling from' is a near miss for the source question",
    )
    emit(
        "en5_h30",
        "en",
        "S0 G0 C0 N0 Q0 P0 X0 W0:pa B0",
        """
        c: yeah
        r@ask_product: hi how much is it to groom a cat
        c: love the price list is online have a look i'm up to my eyes here
        r: roughly
        c: depends on the coat
        r: ok thanks
        c: yep
        """,
        note="pet grooming, British, busy callee; price list online; nothing else",
    )
    emit(
        "en5_h31",
        "en",
        "S0 G0 C1:pa N0:rob Q0 P1:pa X0 W1 B0:rob",
        """
        c[C]: snapshot studio go ahead
        r: hi my name is oliver i'd like to book a family photo session
        c: ok
        r@ask_product: how much is an hour with a photographer
        c: an hour session is two fifty and you get twenty edited images
        r: ok thanks so much have a nice day
        c: mhm
        """,
        note="photo studio; only the robot gives a name and a polite closing",
    )
    emit(
        "en5_h32",
        "en",
        "S1:pa G1 C1:pa N1 Q0 P1:pa X0:neg W1 B1",
        """
        c[GCN]: good afternoon bright start languages helen speaking
        r: hello i'd like to enrol my son in french
        c: and who told you about us
        r: his teacher
        r@ask_product: how much is a term
        c: a terms one hundred and eighty pounds one lesson a week
        c: but i can't put him on the list right now all the groups are full try us again in september
        r: oh shame
        c[B]: sorry about that thanks for ringing all the best
        """,
        note="children's language courses, British; enrolment refused, 'try us again in september' is no next step",
    )
    emit(
        "en5_h33",
        "en",
        "S0 G1:pa C1:pa N0 Q0 P0 X1:pa W0:wf B0",
        """
        c[GC]: hi spoke and chain bike repair
        r: hi i need my gears and brakes tuned up
        r@ask_product: how much is a tune up
        c: you can find all our service prices by looking on our website
        r: can you just tell me
        c: i'm not at the computer right now
        c: just bring it in and the mechanic will take a look
        r: thanks
        c: you're welcome
        """,
        note="bicycle repair; 'looking on our website' deflection; 'you're welcome' alone is no closing",
    )
    emit(
        "en5_h34",
        "en",
        "S1:pa G1 C1:pa N1 Q0 P1:pa,asr X1:pa W1 B1:wf",
        """
        c[GCN]: good afternoon sleepwell beds ben speaking
        r: hi i'm after a single mattress for my son
        c: course was it an advert or a recommendation that sent you our way
        r: reviews online
        r@ask_product: do you have single mattresses in stock
        c: yes we've got for singles in stock the cheapest is one twenty nine and the pocket sprung is two forty nine
        c: bring him in to try them out
        r: thanks
        c[B]: thank you have a good day
        """,
        note="mattress shop, British; 'was it an advert or a recommendation that sent you our way'",
    )
    emit(
        "en5_h35",
        "en",
        "S0 G1 C1:pa N0 Q0 P1:pa X0 W1 B0:out",
        """
        c[GC]: good morning clear view glass
        r: hi i need a frosted glass panel for a door
        r@ask_product: how much is a frosted panel thirty by sixteen inches
        c: thirty by sixteen frosted is sixty eight dollars cut to size
        r: ok got it
        c[B]: thanks for calling have a nice day
        r: wait do you do tempered glass
        c: hold on
        c+40: yeah tempered is special order about a week
        r: ok thanks
        c: yep
        """,
        note="glass, American; the polite closing comes early and the call goes on more than 30 s after it (hold of 40 s)",
    )
    emit(
        "en5_h36",
        "en",
        "S0 G1 C0 N0 Q0 X0 W1 B1:pa",
        """
        c[G]: hello
        r: hi is this the pool cleaning company
        c: no sorry you've got the wrong number this is a private line
        r: oh sorry
        c[B]: no worries have a good one
        """,
        note="wrong number (pool cleaning asked); no product question; a good wish at the end",
    )
    emit(
        "en5_h37",
        "en",
        "S0 G1 C1 N0:out Q0:rob P1:pa X1:wf W1 B1:pa",
        """
        c[GC]: hi there tile and stone centre
        r: hi i need floor tiles for my kitchen
        r@ask_product: how much is a grey matt porcelain tile sixty by sixty
        c: grey matt sixty by sixty ranges from twenty two to forty pounds a metre depending on the make
        r: ok and what's your name so i know who to ask for
        c[N]: it's maggie i'm here till six
        r: thanks i'll pop in
        c: do come in and see the samples
        c[B]: see you then have a good day
        """,
        note="ceramic tiles; the robot asks the callee's name; she gives it after 20 s",
    )
    emit(
        "en5_h38",
        "en",
        "S0 G0 C0 N0 Q0 P0 X1:pa W1:rob B0",
        """
        c: yeah
        r: hi i want to get a sleeve done
        c: big job
        r@ask_product: roughly what does a sleeve cost
        c: can't quote that over the phone mate the artist prices it off the design
        c: flick us your reference pics on insta and the artist'll get back to you with a price
        r: do you have a website
        c: nah just insta
        r: ok thanks
        c: no dramas
        """,
        note="tattoo studio, Australian; price refused; a quote by message offered; only the robot asks about a website",
    )
    emit(
        "en5_h39",
        "en",
        "S1:pa G1 C1:pa N1 Q1:pa P1:pa X1:pa,asr W1:inc B1:pa",
        """
        c[GCN]: good afternoon arctic air this is luis
        r: hi i need a mini split for my living room
        c: sure thing who sent you our way
        r: my brother
        r@ask_product: how much for a mini split for about three hundred square feet installed
        c: for that size you're looking at about thirty two hundred installed and we've got some rebates listed on the website if you want to check those out
        c: i could get a tec out friday
        r: sounds good
        c: what name should i put down
        r: oliver
        c[B]: thank you oliver have a good one
        """,
        note="air conditioning, American; 'who sent you our way'; rebates on the website after the price",
    )
    emit(
        "en5_h40",
        "en",
        "S0 G1:pa C1:pa N0 Q1:asr P1:pa X1:pa W1 B1:wf",
        """
        c[G]: evening
        c[C]: store more self storage
        r@ask_product: hi do you have units for furniture and how much are they
        c: for furniture we've got fifty and a hundred square foot the fifties sixty pounds a month the hundreds ninety five
        c: shall i reserve one for you
        r: yes from next week
        c: can i tape your name
        r: oliver jones
        c[B]: lovely oliver reserved have a nice evening
        """,
        note="self-storage, British; 'evening' as greeting; 'can i tape your name' (wrong word mid-phrase)",
    )
    emit(
        "en5_h41",
        "en",
        "S0 G1 C1:pa N1 Q0 P0 X0 W0 B1:asr",
        """
        c[GCN]: hello flow yoga this is chloe
        r: hi i wanted to ask about group classes
        r@ask_product: how much is a drop in class
        c: all our prices and the time table are on the website it's easier there
        r: any discounts
        c: those are on the site to under offers
        r: ok
        c[B]: thanks for cooling bye
        """,
        note="yoga studio; everything on the website; closing heard as 'thanks for cooling'",
    )
    emit(
        "en5_h42",
        "en",
        "S1:asr G1 C0:rob N0 Q1:pa P0 X1:pa W1 B0",
        """
        c[G]: hello
        r: hi is this the fishing shop do you sell fish finders
        c: where did you here of us
        r: online
        r@ask_product: have you got the garmin striker four and how much is it
        c: oh i'd have to check the stock room i can't remember if we've got any left i'll ring you back in half an hour
        r: ok
        c: what do i call you
        r: oliver
        c: right oliver talk soon
        """,
        note="fishing tackle; the robot names the business type; 'here' for 'hear'; 'have to check' is no answer; call back at their initiative",
    )
    emit(
        "en5_h43",
        "en",
        "S0 G0:rob C1:pa N0 Q1:pa P1:pa X1:pa,asr W1 B1:pa",
        """
        c[C]: lunchbox catering yeah
        r: good afternoon i need lunch delivered to our office for fifteen people every day
        c: ok yeah
        r@ask_product: how much is a set lunch with delivery
        c: set lunch is eleven fifty a head deliveries free over ten
        r: ok
        c: most of our customers find us through word of mouth so you're in good hands
        c: i can drop of a free sample lunch tomorrow
        r: great
        c: your name and company
        r: oliver vector limited
        c[B]: thanks oliver enjoy the rest of your day
        """,
        note="catering; only the robot greets; 'most of our customers find us through word of mouth' is a statement, not the source question",
    )
    emit(
        "en5_h44",
        "en",
        "S0 G1:pa C1:pa N0 Q0 P1:pa X1:pa W1:neg B0",
        """
        c[GC]: hi summit roofing
        r@ask_product: hi how much are metal roof panels per square
        c: don't bother with the website those prices are old panels are running about three fifty a square right now
        r: do you install too
        c: we do are you with a company or a home owner
        r: homeowner
        c: i can send an estimator out no charge
        r: i'll think about it
        c: ok call us
        """,
        note="roofing, American; 'don't bother with the website' then a price; 'are you with a company' is a near miss for the caller's name",
    )
    emit(
        "en5_h45",
        "en",
        "S0 G1 C1:pa N1 Q0 P1 X0:rep W1:inc B1",
        """
        c[GCN]: good morning hearing plus centre margaret speaking
        r: good morning i need batteries for a hearing aid
        r@ask_product: do you have size thirteen batteries
        c: size thirteen yes we have them a pack of six is four pounds fifty normally we'd offer you a free hearing check as well but the audiologist is on leave this month so we can't at the moment and you can see the full range on our website too
        r: thanks
        c[B]: you're welcome all the best
        """,
        note="hearing aids, British; one long turn: the answer, a usual offer described and withdrawn, the website after the answer",
    )
